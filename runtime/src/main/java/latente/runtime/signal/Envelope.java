package latente.runtime.signal;

import latente.runtime.bus.ParamBus;

/**
 * An envelope fired by a {@link Trigger}: with d = seconds since the trigger's last event, it
 * rises 0 -> 1 during {@code attack}, falls 1 -> {@code sustain} during {@code decay}, holds
 * sustain for {@code hold} seconds, then falls to 0 during {@code release}; 0 before any event
 * and after the release. Rises and falls follow the easing curve (linear by default). A new
 * event restarts it from 0 (no retrigger smoothing: the trigger slot holds only the last time).
 *
 * <p>Fluent setters return new envelopes; evaluation allocates nothing after the first call.
 */
public final class Envelope implements Signal {
    private final String trigger;
    private final double attack, decay, sustain, hold, release;
    private final Ease curve;
    /** The trigger slot, resolved on first use; one final-field holder so a racing reader sees bus and slot together. */
    private BusSlot resolved;

    public Envelope(String trigger, double attack, double decay, double sustain, double hold, double release, Ease curve) {
        this.trigger = trigger;
        this.attack = Math.max(0, attack);
        this.decay = Math.max(0, decay);
        this.sustain = sustain;
        this.hold = Math.max(0, hold);
        this.release = Math.max(0, release);
        this.curve = curve;
    }

    public Envelope attack(double seconds) {
        return new Envelope(trigger, seconds, decay, sustain, hold, release, curve);
    }

    public Envelope decay(double seconds) {
        return new Envelope(trigger, attack, seconds, sustain, hold, release, curve);
    }

    public Envelope sustain(double level) {
        return new Envelope(trigger, attack, decay, level, hold, release, curve);
    }

    public Envelope hold(double seconds) {
        return new Envelope(trigger, attack, decay, sustain, seconds, release, curve);
    }

    public Envelope release(double seconds) {
        return new Envelope(trigger, attack, decay, sustain, hold, seconds, curve);
    }

    public Envelope curve(Ease e) {
        return new Envelope(trigger, attack, decay, sustain, hold, release, e);
    }

    public Envelope curve(String hydraName) {
        return curve(Ease.named(hydraName));
    }

    @Override
    public double at(double t, Moment m) {
        ParamBus bus = m.bus();
        if (bus == null) return 0;
        BusSlot r = resolved;
        if (r == null || r.bus() != bus) resolved = r = new BusSlot(bus, Trigger.slot(bus, trigger));
        return shape(Trigger.since(bus, r.slot(), m.seconds()));
    }

    /** The envelope's value d seconds after its trigger. */
    public double shape(double d) {
        if (!(d >= 0) || Double.isInfinite(d)) return 0;
        if (d < attack) return curve.apply(d / attack);
        d -= attack;
        if (d < decay) return 1 - (1 - sustain) * curve.apply(d / decay);
        d -= decay;
        if (d < hold) return sustain;
        d -= hold;
        if (d < release) return sustain * (1 - curve.apply(d / release));
        return 0;
    }
}
