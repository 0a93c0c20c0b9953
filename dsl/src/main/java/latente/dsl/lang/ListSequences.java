package latente.dsl.lang;

import java.util.List;
import latente.runtime.signal.Sequence;

/**
 * Hydra's list arguments: {@code [1, 2, 3].fast(2).smooth()} on any Groovy list (a Groovy
 * extension module, registered in META-INF/groovy). Each method turns the list into a
 * {@link Sequence}: one value per beat, looping; a plain list given to a visual function is the
 * same sequence at speed 1.
 */
public final class ListSequences {
    private ListSequences() {}

    static Sequence sequence(List<?> self) {
        return Sequence.of(self);
    }

    public static Sequence fast(List<?> self, Number factor) {
        return sequence(self).fast(factor.doubleValue());
    }

    public static Sequence slow(List<?> self, Number factor) {
        return sequence(self).slow(factor.doubleValue());
    }

    public static Sequence offset(List<?> self, Number steps) {
        return sequence(self).offset(steps.doubleValue());
    }

    public static Sequence smooth(List<?> self) {
        return sequence(self).smooth();
    }

    public static Sequence smooth(List<?> self, Number amount) {
        return sequence(self).smooth(amount.doubleValue());
    }

    public static Sequence ease(List<?> self, String curve) {
        return sequence(self).ease(curve);
    }

    public static Sequence fit(List<?> self, Number lo, Number hi) {
        return sequence(self).fit(lo.doubleValue(), hi.doubleValue());
    }
}
