package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import latente.dsl.control.ControlLoop;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;
import org.junit.jupiter.api.Test;

/**
 * The control loop's memory guard on plain Java values: a call that allocates past its limit is
 * interrupted, reported once with its label and skipped from then on, its slot keeps its last
 * number, and the other values of the same tick run on. The time limit is set far out of reach,
 * so only the memory guard can end these calls, however busy the machine.
 */
class ControlLoopMemoryTest {
    /** Where allocations go so that the JIT cannot prove them unused. */
    static volatile byte[] sink;

    private final ParamBus bus = new ParamBus();
    private final List<String> reports = new ArrayList<>();
    private final ControlLoop loop = new ControlLoop(bus, reports::add);

    ControlLoopMemoryTest() {
        loop.limitMillis(600_000);
        loop.allocationLimitBytes(8L << 20);
    }

    @Test
    void aValueThatAllocatesWithoutBoundIsStoppedOnceAndTheOthersRunOn() {
        AtomicInteger calls = new AtomicInteger();
        Control greedy = new Control(bus.slot("greedy"), () -> {
            if (calls.incrementAndGet() == 1) return 7;
            while (!Thread.currentThread().isInterrupted()) sink = new byte[1 << 20];
            throw new IllegalStateException("interrupted"); // what ThreadInterrupt makes a set's loop do
        }, "set.groovy:4 osc() argument 1");
        AtomicInteger other = new AtomicInteger();
        Control steady = new Control(bus.slot("steady"), other::incrementAndGet, "set.groovy:5 osc() argument 2");
        List<Control> both = List.of(greedy, steady);

        loop.tick(both);
        loop.tick(both);
        loop.tick(both);

        assertEquals(List.of("set.groovy:4 osc() argument 1: allocated more than 8 MB in one call (a collection growing without end?)"
                + " and was stopped; it keeps its last value until you evaluate it again"), reports);
        assertEquals(2, calls.get(), "skipped once stopped");
        assertEquals(7, bus.get(greedy.slot()), "its last good value holds");
        assertEquals(3, other.get(), "the other value ran on every tick");
        assertEquals(3, bus.get(steady.slot()));
    }

    @Test
    void callsThatEachAllocateUnderTheLimitAreNeverStopped() {
        AtomicInteger calls = new AtomicInteger();
        Control modest = new Control(bus.slot("modest"), () -> {
            for (int i = 0; i < 4; i++) sink = new byte[1 << 20]; // 4 MB a call, 400 MB over the test: the limit is per call
            return calls.incrementAndGet();
        }, "set.groovy:1 osc() argument 1");
        for (int i = 0; i < 100; i++) loop.tick(List.of(modest));
        assertEquals(List.of(), reports);
        assertEquals(100, bus.get(modest.slot()));
    }

    @Test
    void theGuardsAllocateNothingPerCallInSteadyState() {
        List<Control> values = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            double k = i;
            values.add(new Control(bus.slot("v" + i), () -> k, "value " + i));
        }
        for (int i = 0; i < 5_000; i++) loop.tick(values); // first calls, then the JIT
        long self = Thread.currentThread().getId();
        long before = latente.dsl.sandbox.MemoryMeter.allocatedBy(self);
        for (int i = 0; i < 1_000; i++) loop.tick(values);
        long bytes = latente.dsl.sandbox.MemoryMeter.allocatedBy(self) - before;
        assertTrue(bytes < 64 * 1_000, "under a byte per guarded call, got " + bytes + " bytes for 64,000 calls");
        assertEquals(List.of(), reports);
    }

    @Test
    void aValueThatRunsOutOfMemoryIsStoppedNotRetriedEveryTick() {
        AtomicInteger calls = new AtomicInteger();
        Control huge = new Control(bus.slot("huge"), () -> {
            calls.incrementAndGet();
            sink = new byte[Integer.MAX_VALUE];
            return 1;
        }, "set.groovy:2 osc() argument 1");
        loop.tick(List.of(huge));
        loop.tick(List.of(huge));
        assertEquals(1, calls.get(), "a second try would cost the show another full collection");
        assertEquals(List.of("set.groovy:2 osc() argument 1: needed more memory than the show has (OutOfMemoryError: Requested array "
                + "size exceeds VM limit) and was stopped; it keeps its last value until you evaluate it again"), reports);
    }
}
