package latente.runtime.signal;

import latente.runtime.bus.ParamBus;
import latente.runtime.pattern.Pattern;
import latente.runtime.pattern.Rand;

/**
 * The built-in signals. Oscillators have a period of one unit of local time (one beat unless
 * made faster, slower or {@link Signal#inSeconds re-based}) and values in 0..1, as Strudel's
 * continuous patterns:
 * <ul>
 * <li>sine: 0.5 + 0.5 sin(2 pi t) (0.5 at t = 0, 1 at 1/4, 0 at 3/4);</li>
 * <li>cosine: sine a quarter period ahead (1 at t = 0);</li>
 * <li>saw: frac(t), rising; isaw: 1 - frac(t);</li>
 * <li>tri: 0 at t = 0, 1 at 1/2, back to 0 at 1;</li>
 * <li>square: 0 in the first half of each period, 1 in the second;</li>
 * <li>rand: a new uniform value in [0, 1) at each whole t, held (seeded, stepped);</li>
 * <li>noise: value noise, random values at whole t joined by smoothstep (seeded, continuous).</li>
 * </ul>
 */
public final class Signals {
    private Signals() {}

    private static final double TAU = 2 * Math.PI;

    public static Signal constant(double v) {
        return (t, m) -> v;
    }

    /** The local time itself (beats by default). */
    public static Signal time() {
        return (t, m) -> t;
    }

    /** Seconds since the start, whatever warps are applied. */
    public static Signal seconds() {
        return (t, m) -> m.seconds();
    }

    /** The beat position, whatever warps are applied. */
    public static Signal beats() {
        return (t, m) -> m.beats();
    }

    public static Signal sine() {
        return (t, m) -> 0.5 + 0.5 * Math.sin(TAU * t);
    }

    public static Signal cosine() {
        return (t, m) -> 0.5 + 0.5 * Math.cos(TAU * t);
    }

    public static Signal saw() {
        return (t, m) -> t - Math.floor(t);
    }

    public static Signal isaw() {
        return (t, m) -> 1 - (t - Math.floor(t));
    }

    public static Signal tri() {
        return (t, m) -> {
            double f = t - Math.floor(t);
            return f < 0.5 ? 2 * f : 2 - 2 * f;
        };
    }

    public static Signal square() {
        return (t, m) -> t - Math.floor(t) < 0.5 ? 0 : 1;
    }

    public static Signal rand() {
        return rand(0);
    }

    public static Signal rand(long seed) {
        return (t, m) -> Rand.at(seed, 0x52414E44L, (long) Math.floor(t));
    }

    public static Signal noise() {
        return noise(0);
    }

    public static Signal noise(long seed) {
        return (t, m) -> {
            double i = Math.floor(t);
            double f = t - i;
            double a = Rand.at(seed, 0x4E4F4953L, (long) i);
            double b = Rand.at(seed, 0x4E4F4953L, (long) i + 1);
            double s = f * f * (3 - 2 * f);
            return a + (b - a) * s;
        };
    }

    /** Reads a bus slot by name (resolved on the first evaluation, which may allocate once). */
    public static Signal param(String name) {
        return new Signal() {
            private BusSlot resolved;

            @Override
            public double at(double t, Moment m) {
                ParamBus bus = m.bus();
                if (bus == null) return 0;
                BusSlot r = resolved;
                if (r == null || r.bus() != bus) resolved = r = new BusSlot(bus, bus.slot(name));
                return bus.get(r.slot());
            }
        };
    }

    /**
     * A numeric pattern as a signal: the value of the event sounding at cycle t / beatsPerCycle
     * (the first layer's, when stacked), 0 in a rest or for a word. Unlike the other signals this
     * allocates per evaluation (a pattern query, one to a few microseconds).
     */
    public static Signal pattern(Pattern<?> p, double beatsPerCycle) {
        return (t, m) -> {
            double v = p.numberAt(t / beatsPerCycle);
            return Double.isNaN(v) ? 0 : v;
        };
    }

    /** An attack/decay envelope fired by the trigger slot {@code trigger} (see {@link Envelope}). */
    public static Envelope envelope(String trigger, double attack, double decay) {
        return new Envelope(trigger, attack, decay, 0, 0, 0, Ease.LINEAR);
    }
}
