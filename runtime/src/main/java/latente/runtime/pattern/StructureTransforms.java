package latente.runtime.pattern;

/**
 * What a {@link Pattern} can take its rhythm from: the true events of a boolean pattern
 * ({@code struct}), a Euclidean rhythm, or n even steps ({@code segment}). Semantics in
 * docs/patterns.md; the work is in {@link Structure}.
 */
public sealed interface StructureTransforms<T> permits Pattern {
    private Pattern<T> self() {
        return (Pattern<T>) this;
    }

    /** Keeps the structure of a boolean pattern's true events, taking values from this pattern. */
    default Pattern<T> struct(Pattern<Boolean> bools) {
        return Structure.struct(self(), bools);
    }

    /** Euclidean rhythm: k pulses spread over n steps per cycle (Bjorklund). */
    default Pattern<T> euclid(int pulses, int steps) {
        return euclid(pulses, steps, 0);
    }

    /** Euclidean rhythm with every pulse moved {@code rotation} steps later (wrapping), as in Strudel. */
    default Pattern<T> euclid(int pulses, int steps, int rotation) {
        return struct(Euclid.pattern(pulses, steps, rotation));
    }

    /** Samples a continuous pattern n times per cycle (or re-cuts a discrete one into n steps). */
    default Pattern<T> segment(int n) {
        return struct(Pattern.pure(Boolean.TRUE).fast(Fraction.of(n)));
    }
}
