package latente.runtime.signal;

import java.util.List;

/**
 * A list of numbers played as a signal, as Hydra's array arguments ({@code [1, 2, 3].fast(2)}):
 * one value per step, one step per unit of local time (one beat), looping.
 * <ul>
 * <li>{@link #fast}: steps per beat multiplied (Hydra's {@code fast});</li>
 * <li>{@link #offset}: shifts the stepping by a number of steps (0.5: half a step early);</li>
 * <li>{@link #smooth}: glide to the next value over {@code amount} (0..1) of a step instead of
 * jumping, starting {@code amount / 2} into the step, as Hydra times it (so with 1 each value is
 * reached in the middle of its step, and 0.5 glides through the middle half);</li>
 * <li>{@link #ease}: the glide's curve; implies {@code smooth(1)} when no smoothing was set;</li>
 * <li>{@link #fit}: rescales the values so the smallest is {@code lo} and the largest {@code hi}.</li>
 * </ul>
 * Immutable; evaluation allocates nothing. The render DSL can use it for every array argument.
 */
public final class Sequence implements Signal {
    private final double[] values;
    private final double speed;
    private final double shift;
    private final double smooth;
    private final Ease curve;

    public Sequence(double... values) {
        this(values.clone(), 1, 0, 0, Ease.LINEAR);
    }

    private Sequence(double[] values, double speed, double shift, double smooth, Ease curve) {
        if (values.length == 0) throw new IllegalArgumentException("a sequence needs at least one value");
        this.values = values;
        this.speed = speed;
        this.shift = shift;
        this.smooth = smooth;
        this.curve = curve;
    }

    /** From a list of numbers (Groovy lists); null or non-numbers are an error. */
    public static Sequence of(List<?> list) {
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            Object o = list.get(i);
            if (!(o instanceof Number n)) throw new IllegalArgumentException("sequence element " + i + " is not a number: " + o);
            v[i] = n.doubleValue();
        }
        return new Sequence(v);
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[Math.floorMod(i, values.length)];
    }

    @Override
    public Sequence fast(double factor) {
        return new Sequence(values, speed * factor, shift, smooth, curve);
    }

    @Override
    public Sequence slow(double factor) {
        return fast(1 / factor);
    }

    @Override
    public Sequence offset(double steps) {
        return new Sequence(values, speed, shift + steps, smooth, curve);
    }

    public Sequence smooth() {
        return smooth(1);
    }

    public Sequence smooth(double amount) {
        return new Sequence(values, speed, shift, Math.max(0, Math.min(1, amount)), curve);
    }

    @Override
    public Sequence ease(Ease e) {
        return new Sequence(values, speed, shift, smooth == 0 ? 1 : smooth, e);
    }

    @Override
    public Sequence ease(String hydraName) {
        return ease(Ease.named(hydraName));
    }

    public Sequence fit(double lo, double hi) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) out[i] = max == min ? lo : lo + (values[i] - min) / (max - min) * (hi - lo);
        return new Sequence(out, speed, shift, smooth, curve);
    }

    @Override
    public double at(double t, Moment m) {
        double pos = t * speed + shift;
        if (smooth == 0) return value((int) Math.floorMod((long) Math.floor(pos), (long) values.length));
        // Hydra's timing: the glide from value i to i + 1 starts half a glide into step i.
        double u = pos - smooth / 2;
        double step = Math.floor(u);
        long i = (long) step;
        double v0 = value((int) Math.floorMod(i, (long) values.length));
        double v1 = value((int) Math.floorMod(i + 1, (long) values.length));
        return v0 + (v1 - v0) * curve.apply(Math.min(1, (u - step) / smooth));
    }
}
