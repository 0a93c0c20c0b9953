package latente.runtime.signal;

import latente.runtime.bus.ParamBus;

/**
 * A trigger is a bus slot holding the time, in seconds on the {@link Moment} clock, of the last
 * event (a beat, an onset, a MIDI note): envelopes are functions of the time since then. A slot
 * that has never fired holds negative infinity.
 *
 * <p>Thread contract: the producer (clock, beat tracker, onset detector) calls {@link #fire};
 * readers only read. Writing a time instead of counting events keeps readers stateless: an
 * envelope is a pure function of (now - last trigger) and needs no history.
 */
public final class Trigger {
    private Trigger() {}

    /** Suggested slot names for the built-in sources (producers may define others). */
    public static final String BEAT = "trigger.beat";
    public static final String BAR = "trigger.bar";
    public static final String ONSET = "trigger.onset";

    /**
     * The slot for a trigger name, created holding negative infinity ("never fired") when new.
     * Cold path: call once and keep the index.
     */
    public static int slot(ParamBus bus, String name) {
        boolean fresh = bus.find(name) < 0;
        int slot = bus.slot(name);
        if (fresh) bus.set(slot, Double.NEGATIVE_INFINITY);
        return slot;
    }

    /** Records an event at {@code seconds}. Allocation-free. */
    public static void fire(ParamBus bus, int slot, double seconds) {
        bus.set(slot, seconds);
    }

    /** Seconds since the last event (positive infinity when it never fired). */
    public static double since(ParamBus bus, int slot, double nowSeconds) {
        return nowSeconds - bus.get(slot);
    }
}
