package latente.dsl.engine;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;

/**
 * Computes the live values of the scene (closures such as {@code { time * 0.1 }}) and writes them
 * into their bus slots. Runs on the control thread at the control rate, or once per frame in
 * lock-step when rendering offline. A value that throws keeps its last number and is reported
 * once (until it succeeds again).
 */
public final class ControlLoop {
    private final ParamBus bus;
    private final PrintStream messages;
    private final Set<Control> failing = ConcurrentHashMap.newKeySet();

    public ControlLoop(ParamBus bus, PrintStream messages) {
        this.bus = bus;
        this.messages = messages;
    }

    public void tick(List<Control> controls) {
        for (int i = 0, n = controls.size(); i < n; i++) {
            Control c = controls.get(i);
            try {
                double v = c.source().getAsDouble();
                if (Double.isFinite(v)) bus.set(c.slot(), v);
                if (!failing.isEmpty()) failing.remove(c);
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
                if (failing.add(c)) messages.println(c.label() + ": " + describe(t) + " (keeping its last value)");
            }
        }
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
