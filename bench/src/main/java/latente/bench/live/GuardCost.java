package latente.bench.live;

import java.util.ArrayList;
import java.util.List;
import latente.dsl.control.ControlLoop;
import latente.dsl.sandbox.MemoryMeter;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;

/**
 * What the control loop's guards (time and memory watchdog, see {@link ControlLoop}) cost each
 * live value per tick: nanoseconds and bytes allocated per guarded call, measured on values that
 * do no work of their own, so the figure is the guard's alone. Steady state must allocate nothing.
 */
final class GuardCost {
    /** Nanoseconds and bytes per guarded call, over {@code values} values ticked {@code ticks} times. */
    record Figure(int values, int ticks, double nanosPerCall, double bytesPerCall) {}

    private GuardCost() {}

    static Figure measure(int values, int ticks) {
        ParamBus bus = new ParamBus();
        ControlLoop loop = new ControlLoop(bus, message -> {
            throw new IllegalStateException("a value that does nothing was reported: " + message);
        });
        List<Control> controls = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            double k = i;
            controls.add(new Control(bus.slot("guard-cost:" + i), () -> k, "value " + i));
        }
        for (int i = 0; i < ticks; i++) loop.tick(controls); // warm: first calls, JIT
        long self = Thread.currentThread().getId();
        long bytes = MemoryMeter.allocatedBy(self);
        long start = System.nanoTime();
        for (int i = 0; i < ticks; i++) loop.tick(controls);
        long nanos = System.nanoTime() - start;
        bytes = MemoryMeter.allocatedBy(self) - bytes;
        double calls = (double) values * ticks;
        return new Figure(values, ticks, nanos / calls, bytes / calls);
    }
}
