package latente.dsl.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for readiness in tests: returns as soon as the condition holds. The limit is not a
 * timing assumption; it only turns a hang (a condition that will never hold) into a failure
 * with a message, and it is long enough for a busy 2-core machine.
 */
public final class Await {
    /** Generous: a condition that needs longer than this on any machine is a hang. */
    public static final long LIMIT_MILLIS = 60_000;

    private Await() {}

    /** Waits until {@code condition} holds; fails with {@code what} (computed then) if it never does. */
    public static void until(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long end = System.nanoTime() + LIMIT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("never happened: " + what.get());
            Thread.sleep(2);
        }
    }
}
