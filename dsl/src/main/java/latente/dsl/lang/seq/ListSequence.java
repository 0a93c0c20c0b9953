package latente.dsl.lang.seq;

import java.util.AbstractList;
import java.util.List;
import latente.runtime.signal.Ease;
import latente.runtime.signal.Sequence;

/**
 * A list argument as a tempo-timed sequence, Hydra's arrays: {@code [1, 2, 4]} shows one value
 * per beat, cycling; {@code .fast(n)} takes n values per beat; {@code .offset(x)} shifts the
 * timing by x of a step; {@code .smooth(s)} glides to the next value over s of a step, centred
 * as in Hydra (see {@link Sequence}); {@code .ease('name')} glides along a curve; {@code .fit(lo, hi)} maps the values' range
 * onto lo..hi. It is still a List (of its values), so the list methods the extension module adds
 * chain in any order and Groovy code may read it as a list.
 *
 * <p>The timing is the signal library's {@link Sequence} (one implementation for the language
 * and the Java API); this class adds the List view and the performer-facing checks, and
 * {@link #signal()} gives the same timing as a signal.
 *
 * <p>Immutable; {@link #at} is called on the control thread and allocates nothing.
 */
public final class ListSequence extends AbstractList<Double> {
    private final double[] values;
    private final Sequence sequence;

    private ListSequence(double[] values, Sequence sequence) {
        this.values = values;
        this.sequence = sequence;
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
        return new ListSequence(v, new Sequence(v));
    }

    private static String describe(Object o) {
        return o instanceof CharSequence ? "'" + o + "'" : String.valueOf(o);
    }

    public ListSequence fast(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) throw new IllegalArgumentException("fast(" + speed + "): the speed must be above 0");
        return new ListSequence(values, sequence.fast(speed));
    }

    public ListSequence offset(double steps) {
        return new ListSequence(values, sequence.offset(steps));
    }

    public ListSequence smooth(double amount) {
        if (!(amount >= 0 && amount <= 1)) throw new IllegalArgumentException("smooth(" + amount + "): use 0..1");
        return new ListSequence(values, sequence.smooth(amount));
    }

    /** Glides along the named curve (Hydra's names); sets the glide to the whole step unless smooth() chose one. */
    public ListSequence ease(String name) {
        Ease curve;
        try {
            curve = Ease.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ease('" + name + "'): " + e.getMessage());
        }
        return new ListSequence(values, sequence.ease(curve));
    }

    public ListSequence fit(double low, double high) {
        Sequence fitted = sequence.fit(low, high);
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) v[i] = fitted.value(i);
        return new ListSequence(v, fitted);
    }

    /** The value at {@code beat} beats since the start (control thread). */
    public double at(double beat) {
        return sequence.at(beat, null);
    }

    /** The same timing as a signal of the signal library (ranged, added, eased like any signal). */
    public Sequence signal() {
        return sequence;
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
