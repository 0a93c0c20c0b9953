package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import latente.dsl.testing.Calls;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Closures a set leaves behind run after its evaluation returned, on the control thread: one that
 * allocates without bound ends in a message naming where it was written, is stopped for good, and
 * the other live values go on. Offline, so every step is one {@link Engine#advance} call.
 */
class LiveClosureMemoryTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Engine engine = Shows.engine(new PrintStream(log, true, StandardCharsets.UTF_8));

    LiveClosureMemoryTest() {
        engine.controls().limitMillis(600_000); // only the memory guard may end these closures
        engine.controls().allocationLimitBytes(32L << 20);
    }

    private String said() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aClosureThatKeepsAllocatingIsStoppedAndTheOtherValuesGoOn() {
        Calls.COUNT.set(0);
        assertTrue(engine.evaluateBlock("""
                osc({ latente.dsl.testing.Calls.COUNT.incrementAndGet(); def l = []; while (true) l << new byte[1 << 20]; 1 },
                    { time * 10 }).out(o0)""", "set.groovy").ok(), said());
        int other = engine.scene().controls().get(1).slot();
        engine.advance(0);
        engine.advance(1);
        engine.advance(2);
        assertEquals(1, Calls.COUNT.get(), "stopped once, then skipped");
        assertEquals("set.groovy:1 osc() argument 1: allocated more than 32 MB in one call (a collection growing without end?) and was "
                + "stopped; it keeps its last value until you evaluate it again\n", said());
        assertEquals(20, engine.bus().get(other), 1e-9, "the closure beside it kept following time");
    }

    @Test
    void aBeatHandlerThatKeepsAllocatingIsRemovedAfterOneMessage() {
        Calls.COUNT.set(0);
        assertTrue(engine.evaluateBlock("tempo 60\non.beat { latente.dsl.testing.Calls.COUNT.incrementAndGet(); def l = []; "
                + "while (true) l << new long[1 << 17] }", "set.groovy").ok(), said());
        for (int s = 0; s <= 4; s++) engine.advance(s);
        assertEquals(1, Calls.COUNT.get(), "the handler ran on the first beat only");
        assertEquals("set.groovy:2 on.beat(1): allocated more than 32 MB in one call (a collection growing without end?) and was "
                + "stopped; it keeps its last value until you evaluate it again\n", said());
    }
}
