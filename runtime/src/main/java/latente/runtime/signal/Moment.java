package latente.runtime.signal;

import latente.runtime.bus.ParamBus;

/**
 * The instant a signal is evaluated at: seconds since the start, the musical position in beats
 * and the parameter bus. Thread contract: one instance per evaluating thread (the control
 * thread), updated in place with {@link #at} before each tick, so evaluating allocates nothing.
 */
public final class Moment {
    private double seconds;
    private double beats;
    private final ParamBus bus;

    public Moment(ParamBus bus) {
        this.bus = bus;
    }

    /** Moves this moment to a new instant; returns itself for chaining. */
    public Moment at(double seconds, double beats) {
        this.seconds = seconds;
        this.beats = beats;
        return this;
    }

    public double seconds() {
        return seconds;
    }

    public double beats() {
        return beats;
    }

    /** The bus; may be null for signals that do not read it. */
    public ParamBus bus() {
        return bus;
    }
}
