package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Seeded chance on patterns: every decision is a hash of the seed, a salt (one per random stream
 * of a mini-notation string) and the time it is made for, so the same pattern, seed and time
 * always decide the same way. The work behind {@link RandomTransforms} and mini-notation's
 * {@code ?} and {@code |}.
 */
final class Chance {
    private Chance() {}

    /**
     * Keeps events whose random number (hash of seed, salt and the event's start) is at least p;
     * {@code invert} keeps the complement instead, so that the two halves partition the events.
     */
    static <T> Pattern<T> degradeBy(Pattern<T> p, double prob, long seed, long salt, boolean invert) {
        return p.filterEvents(e -> (Rand.at(seed, salt, e.wholeOrPart().begin) >= prob) != invert);
    }

    /** In each cycle, one of the items chosen by a hash of (seed, salt, cycle). */
    static <T> Pattern<T> randomChoice(List<? extends Pattern<? extends T>> items, long seed, long salt) {
        List<Pattern<? extends T>> copy = List.copyOf(items);
        return new Pattern<T>(span -> {
            long c = span.begin.floorLong();
            int i = (int) Math.min(copy.size() - 1, (long) Math.floor(Rand.at(seed, salt, c) * copy.size()));
            List<Event<T>> out = new ArrayList<>();
            for (Event<? extends T> e : copy.get(i).query(span)) out.add(new Event<>(e.whole, e.part, e.value));
            return out;
        }).splitQueries();
    }
}
