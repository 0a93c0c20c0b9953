package latente.runtime.signal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

/** Evaluating signals on the control thread must not allocate (no garbage per frame). */
class AllocationTest {
    @Test
    void evaluationAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ParamBus bus = new ParamBus();
        Signal s = Signals.sine().fast(2).offset(0.25).range(0, 2)
                .plus(Signals.noise(3).multiply(Signals.param("fader")))
                .plus(Signals.envelope(Trigger.ONSET, 0.01, 0.3).curve("easeOutCubic"))
                .plus(new Sequence(1, 2, 3).fast(2).smooth().fit(0, 1).range(0, 1))
                .plus(Signals.rand(1).ease(Ease.EASE_IN_OUT_CUBIC));
        Moment m = new Moment(bus);
        double sink = 0;
        for (int i = 0; i < 20_000; i++) sink += s.eval(m.at(i / 60.0, i / 30.0)); // warm up, resolve slots
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 100_000; i++) sink += s.eval(m.at(i / 60.0, i / 30.0));
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        // 100 000 evaluations: boxing even one double each would be 1.6 MB.
        assertTrue(allocated < 10_000, "allocated " + allocated + " bytes (sink " + sink + ")");
    }
}
