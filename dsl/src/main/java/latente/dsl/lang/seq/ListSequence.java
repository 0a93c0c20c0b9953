package latente.dsl.lang.seq;

import java.util.AbstractList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A list argument as a tempo-timed sequence, Hydra's arrays: {@code [1, 2, 4]} shows one value
 * per beat, cycling; {@code .fast(n)} takes n values per beat; {@code .offset(x)} shifts the
 * timing by x of a step (0..1); {@code .smooth(s)} glides to the next value over the last s of
 * each step; {@code .ease('name')} glides along a curve over the whole step; {@code .fit(lo, hi)}
 * maps the values' range onto lo..hi. It is still a List (of its values), so the list methods
 * the extension module adds chain in any order and Groovy code may read it as a list.
 *
 * <p>Immutable; {@link #at} is called on the control thread and allocates nothing.
 */
public final class ListSequence extends AbstractList<Double> {
    private final double[] values;
    private final double fast;
    private final double offset;
    private final double smooth;
    private final DoubleUnaryOperator ease;

    private ListSequence(double[] values, double fast, double offset, double smooth, DoubleUnaryOperator ease) {
        this.values = values;
        this.fast = fast;
        this.offset = offset;
        this.smooth = smooth;
        this.ease = ease;
    }

    /** The sequence of {@code list}, which may already be one; numbers only. */
    public static ListSequence of(List<?> list) {
        if (list instanceof ListSequence s) return s;
        if (list.isEmpty()) throw new IllegalArgumentException("an empty list has no values to sequence");
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw new IllegalArgumentException("a list argument holds numbers only, found " + describe(list.get(i)));
            }
            v[i] = n.doubleValue();
        }
        return new ListSequence(v, 1, 0, 0, null);
    }

    private static String describe(Object o) {
        return o instanceof CharSequence ? "'" + o + "'" : String.valueOf(o);
    }

    public ListSequence fast(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) throw new IllegalArgumentException("fast(" + speed + "): the speed must be above 0");
        return new ListSequence(values, fast * speed, offset, smooth, ease);
    }

    public ListSequence offset(double steps) {
        return new ListSequence(values, fast, steps, smooth, ease);
    }

    public ListSequence smooth(double amount) {
        if (!(amount >= 0 && amount <= 1)) throw new IllegalArgumentException("smooth(" + amount + "): use 0..1");
        return new ListSequence(values, fast, offset, amount, ease);
    }

    public ListSequence ease(String name) {
        DoubleUnaryOperator curve = Easing.named(name);
        if (curve == null) throw new IllegalArgumentException(Easing.unknown(name));
        return new ListSequence(values, fast, offset, 1, curve);
    }

    public ListSequence fit(double low, double high) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] fitted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            fitted[i] = max == min ? low : low + (values[i] - min) / (max - min) * (high - low);
        }
        return new ListSequence(fitted, fast, offset, smooth, ease);
    }

    /** The value at {@code beat} beats since the start (control thread). */
    public double at(double beat) {
        double position = beat * fast + offset;
        double step = Math.floor(position);
        int n = values.length;
        int i = (int) Math.floorMod((long) step, (long) n);
        double current = values[i];
        if (smooth <= 0) return current;
        double phase = position - step;
        double t = Math.max(0, Math.min(1, (phase - (1 - smooth)) / smooth));
        if (ease != null) t = ease.applyAsDouble(t);
        return current + (values[(i + 1) % n] - current) * t;
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
