package latente.dsl.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** A counter performer code in a test can bump ({@code latente.dsl.testing.Calls.COUNT.incrementAndGet()}) to show how often it ran. */
public final class Calls {
    public static final AtomicInteger COUNT = new AtomicInteger();

    private Calls() {}
}
