package latente.bench.pattern;

import java.io.PrintStream;
import latente.runtime.bus.ParamBus;
import latente.runtime.signal.Moment;
import latente.runtime.signal.Sequence;
import latente.runtime.signal.Signal;
import latente.runtime.signal.Signals;
import latente.runtime.signal.Trigger;

/**
 * The cost of evaluating signals on the control thread: nanoseconds per evaluation, averaged
 * over batches (a single evaluation is shorter than the timer's resolution).
 */
public final class SignalBench {
    private SignalBench() {}

    public static void run(PrintStream out, int evaluations) {
        ParamBus bus = new ParamBus();
        Moment m = new Moment(bus);
        Object[][] cases = {
            {"sine().range(0.2, 0.8)", Signals.sine().range(0.2, 0.8)},
            {"noise(7).fast(2).offset(0.25)", Signals.noise(7).fast(2).offset(0.25)},
            {"envelope(onset, 0.01, 0.3)", Signals.envelope(Trigger.ONSET, 0.01, 0.3)},
            {"[1,2,3].fast(2).smooth().ease(easeInOutCubic)", new Sequence(1, 2, 3).fast(2).ease("easeInOutCubic")},
            {"sine*param + saw.range + noise", Signals.sine().multiply(Signals.param("fader")).plus(Signals.saw().range(0, 2)).plus(Signals.noise())},
        };
        out.println("signal evaluation (" + evaluations + " per signal after warm-up), ns per evaluation");
        double sink = 0;
        // Warm all cases up first: they share the Moment and wrapper code paths.
        for (Object[] c : cases) {
            Signal s = (Signal) c[1];
            for (int i = 0; i < evaluations; i++) sink += s.eval(m.at(i * 0.001, i * 0.002));
        }
        for (Object[] c : cases) {
            Signal s = (Signal) c[1];
            long start = System.nanoTime();
            for (int i = 0; i < evaluations; i++) sink += s.eval(m.at(i * 0.001, i * 0.002));
            double ns = (System.nanoTime() - start) / (double) evaluations;
            out.printf("%-48s %8.1f%n", c[0], ns);
        }
        if (sink == 42) out.println();
    }
}
