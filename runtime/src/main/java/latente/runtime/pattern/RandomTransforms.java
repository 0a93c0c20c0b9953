package latente.runtime.pattern;

import java.util.function.UnaryOperator;

/**
 * What a {@link Pattern} can leave to chance: dropping events ({@code degradeBy}) and changing
 * some of them ({@code sometimesBy}). Chance is a hash of the seed and the event's start (see
 * {@link Chance}), so the same pattern and seed always give the same events.
 */
public sealed interface RandomTransforms<T> permits Pattern {
    private Pattern<T> self() {
        return (Pattern<T>) this;
    }

    /** Removes each event with probability p, decided by a hash of (seed, event start). */
    default Pattern<T> degradeBy(double p, long seed) {
        return Chance.degradeBy(self(), p, seed, 0, false);
    }

    default Pattern<T> degradeBy(double p) {
        return degradeBy(p, 0);
    }

    /** Removes half of the events (seed 0). */
    default Pattern<T> degrade() {
        return degradeBy(0.5, 0);
    }

    /** Applies f to each event with probability p (seeded), leaving the others alone. */
    default Pattern<T> sometimesBy(double p, long seed, UnaryOperator<Pattern<T>> f) {
        Pattern<T> untouched = Chance.degradeBy(self(), p, seed, 1, false);
        Pattern<T> chosen = Chance.degradeBy(self(), p, seed, 1, true);
        return Pattern.stack(untouched, f.apply(chosen));
    }

    default Pattern<T> sometimesBy(double p, UnaryOperator<Pattern<T>> f) {
        return sometimesBy(p, 0, f);
    }

    /** Applies f to about half the events (seed 0). */
    default Pattern<T> sometimes(UnaryOperator<Pattern<T>> f) {
        return sometimesBy(0.5, 0, f);
    }
}
