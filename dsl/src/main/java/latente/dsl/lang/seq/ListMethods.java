package latente.dsl.lang.seq;

import java.util.List;

/**
 * Hydra's array methods on every Groovy list, installed by the extension module descriptor
 * {@code META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule}: {@code [1, 2].fast(2)},
 * {@code .smooth()}, {@code .ease('sin')}, {@code .offset(0.5)}, {@code .fit(0, 10)}.
 */
public final class ListMethods {
    private ListMethods() {}

    public static ListSequence fast(List<?> self, Number speed) {
        return ListSequence.of(self).fast(speed.doubleValue());
    }

    public static ListSequence fast(List<?> self) {
        return fast(self, 1);
    }

    public static ListSequence smooth(List<?> self, Number amount) {
        return ListSequence.of(self).smooth(amount.doubleValue());
    }

    public static ListSequence smooth(List<?> self) {
        return smooth(self, 1);
    }

    public static ListSequence ease(List<?> self, String curve) {
        return ListSequence.of(self).ease(curve);
    }

    public static ListSequence ease(List<?> self) {
        return ease(self, "linear");
    }

    public static ListSequence offset(List<?> self, Number steps) {
        return ListSequence.of(self).offset(steps.doubleValue());
    }

    public static ListSequence fit(List<?> self, Number low, Number high) {
        return ListSequence.of(self).fit(low.doubleValue(), high.doubleValue());
    }
}
