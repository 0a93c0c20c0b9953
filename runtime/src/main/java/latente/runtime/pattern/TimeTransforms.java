package latente.runtime.pattern;

import java.util.function.UnaryOperator;

/**
 * What a {@link Pattern} can do to time: speed ({@code fast}, {@code slow}, patterned or not),
 * shifts ({@code early}, {@code late}), per-cycle changes ({@code rev}, {@code compress},
 * {@code every}) and {@code off}. Semantics in docs/patterns.md; the per-cycle work is in
 * {@link Cycles}.
 */
public sealed interface TimeTransforms<T> permits Pattern {
    private Pattern<T> self() {
        return (Pattern<T>) this;
    }

    default Pattern<T> fast(Fraction factor) {
        if (factor.isZero()) return Pattern.silence();
        if (factor.lt(Fraction.ZERO)) return rev().fast(factor.negate());
        return self().withQueryTime(t -> t.mul(factor)).withEventTime(t -> t.div(factor));
    }

    default Pattern<T> fast(double factor) {
        return fast(Fraction.approx(factor));
    }

    /**
     * Patterned speed: the factor pattern picks the speed for each of its events (inner join).
     * A factor that is not a number ({@code a*<2 x>}) is silence while it lasts: the error
     * cannot be known before the query, and a query must not throw on the render thread.
     */
    default Pattern<T> fast(Pattern<?> factor) {
        return Structure.innerJoin(factor.map(f -> Double.isFinite(Values.toDouble(f)) ? fast(Fraction.approx(Values.toDouble(f))) : Pattern.<T>silence()));
    }

    /** Speed from a mini-notation string: {@code fast("<2 3>")}. */
    default Pattern<T> fast(String mini) {
        return fast(MiniNotation.parse(mini));
    }

    default Pattern<T> slow(String mini) {
        return slow(MiniNotation.parse(mini));
    }

    default Pattern<T> slow(Fraction factor) {
        if (factor.isZero()) return Pattern.silence();
        return fast(Fraction.ONE.div(factor));
    }

    default Pattern<T> slow(double factor) {
        return slow(Fraction.approx(factor));
    }

    default Pattern<T> slow(Pattern<?> factor) {
        return Structure.innerJoin(factor.map(f -> Double.isFinite(Values.toDouble(f)) ? slow(Fraction.approx(Values.toDouble(f))) : Pattern.<T>silence()));
    }

    /** Shifts the pattern earlier in time by {@code offset} cycles. */
    default Pattern<T> early(Fraction offset) {
        return self().withQueryTime(t -> t.add(offset)).withEventTime(t -> t.sub(offset));
    }

    default Pattern<T> early(double offset) {
        return early(Fraction.approx(offset));
    }

    /** Shifts the pattern later in time by {@code offset} cycles. */
    default Pattern<T> late(Fraction offset) {
        return early(offset.negate());
    }

    default Pattern<T> late(double offset) {
        return late(Fraction.approx(offset));
    }

    /** Each cycle reversed in place (events mirrored about the middle of their cycle). */
    default Pattern<T> rev() {
        return Cycles.rev(self());
    }

    /** Applies f on cycles 0, n, 2n, ... (Tidal's every; Strudel's firstOf). */
    default Pattern<T> every(int n, UnaryOperator<Pattern<T>> f) {
        return Cycles.every(self(), n, f.apply(self()));
    }

    /** The pattern stacked with a copy shifted later by {@code time} cycles and transformed by f. */
    default Pattern<T> off(double time, UnaryOperator<Pattern<T>> f) {
        return off(Fraction.approx(time), f);
    }

    default Pattern<T> off(Fraction time, UnaryOperator<Pattern<T>> f) {
        return Pattern.stack(self(), f.apply(late(time)));
    }

    /** Squeezes each cycle into [begin, end) of the same cycle (0 <= begin < end <= 1). */
    default Pattern<T> compress(Fraction begin, Fraction end) {
        return Cycles.compress(self(), begin, end);
    }
}
