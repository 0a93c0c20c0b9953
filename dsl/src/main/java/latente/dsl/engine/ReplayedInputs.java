package latente.dsl.engine;

import java.util.List;
import latente.runtime.bus.ParamBus;
import latente.runtime.log.LogEvent;

/**
 * Logged OSC and MIDI messages written back into the bus slots the live inputs use (the sync
 * area's names): {@code osc:<address>} holds the first argument when it is a number (true 1,
 * false 0); a control change sets {@code midi:cc:<channel>:<number>} and {@code midi:cc:<number>}
 * to value / 127; a note sets {@code midi:note:<n>} to velocity / 127, 0 when it ends. {@link #fireHandlers}
 * runs the set's {@code on.msg} handlers for a logged message; {@code on.note} handlers are not re-run.
 */
final class ReplayedInputs {
    private ReplayedInputs() {}

    static void osc(LogEvent e, ParamBus bus) {
        String address = e.string("address");
        List<?> args = e.list("args");
        if (address == null || args.isEmpty() || address.matches(".*[*?\\[{].*")) return;
        Object first = args.get(0);
        double v;
        if (first instanceof Number n) v = n.doubleValue();
        else if (first instanceof Boolean b) v = b ? 1 : 0;
        else return;
        bus.set(bus.slot("osc:" + address), v);
    }

    /** Runs the set's {@code on.msg} handlers for a logged message, with its logged arguments. */
    static void fireHandlers(LogEvent e, Engine engine) {
        String address = e.string("address");
        if (address == null) return;
        List<?> args = e.list("args");
        try {
            engine.sync().dispatch(latente.runtime.osc.OscMessage.of(address, args.toArray()));
        } catch (RuntimeException bad) {
            // a logged argument the encoder has no type for: the slot value above still replays
        }
    }

    static void midi(LogEvent e, ParamBus bus) {
        int status = (int) e.number("status", 0);
        int data1 = (int) e.number("data1", 0) & 0x7F;
        int data2 = (int) e.number("data2", 0) & 0x7F;
        int channel = (status & 0x0F) + 1;
        switch (status & 0xF0) {
            case 0xB0 -> {
                bus.set(bus.slot("midi:cc:" + channel + ":" + data1), data2 / 127.0);
                bus.set(bus.slot("midi:cc:" + data1), data2 / 127.0);
            }
            case 0x90 -> bus.set(bus.slot("midi:note:" + data1), data2 / 127.0);
            case 0x80 -> bus.set(bus.slot("midi:note:" + data1), 0.0);
            default -> { }
        }
    }
}
