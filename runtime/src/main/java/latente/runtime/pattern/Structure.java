package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * How patterns are put together: layered ({@code stack}), one after another per cycle
 * ({@code slowcat}), squeezed into one cycle ({@code fastcat}, {@code timecat}), flattened
 * ({@code innerJoin}) and given another pattern's rhythm ({@code struct}). Used by
 * {@link Pattern}, its transforms and the mini-notation.
 */
final class Structure {
    private Structure() {}

    @SuppressWarnings("unchecked")
    static <T> Pattern<T> stack(List<? extends Pattern<? extends T>> layers) {
        if (layers.size() == 1) return (Pattern<T>) layers.get(0);
        List<Pattern<? extends T>> copy = List.copyOf(layers);
        return new Pattern<>(span -> {
            List<Event<T>> out = new ArrayList<>();
            for (Pattern<? extends T> p : copy) out.addAll((List<Event<T>>) (List<?>) p.query(span));
            return out;
        });
    }

    /**
     * In cycle c plays item c mod n, shifted so that the item sees its own cycle floor(c / n):
     * an item only advances when it is visited, so {@code <a <b c>>} gives a b a c.
     */
    @SuppressWarnings("unchecked")
    static <T> Pattern<T> slowcat(List<? extends Pattern<? extends T>> items) {
        if (items.isEmpty()) return Pattern.silence();
        if (items.size() == 1) return (Pattern<T>) items.get(0);
        List<Pattern<? extends T>> copy = List.copyOf(items);
        int n = copy.size();
        return new Pattern<T>(span -> {
            long c = span.begin.floorLong();
            Pattern<? extends T> item = copy.get((int) Math.floorMod(c, (long) n));
            Fraction shift = Fraction.of(c - Math.floorDiv(c, (long) n));
            List<Event<T>> out = new ArrayList<>();
            for (Event<? extends T> e : item.query(span.withTime(t -> t.sub(shift)))) {
                out.add(new Event<>(e.whole == null ? null : e.whole.withTime(t -> t.add(shift)), e.part.withTime(t -> t.add(shift)), e.value));
            }
            return out;
        }).splitQueries();
    }

    static <T> Pattern<T> fastcat(List<? extends Pattern<? extends T>> items) {
        List<Fraction> weights = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) weights.add(Fraction.ONE);
        return timecat(weights, items);
    }

    /** A sequence with step weights: item i takes weights[i] / total of each cycle. */
    static <T> Pattern<T> timecat(List<Fraction> weights, List<? extends Pattern<? extends T>> items) {
        if (items.isEmpty()) return Pattern.silence();
        return new Pattern<>(new Timecat<T>(weights, items));
    }

    /** Structure from the true events of {@code bools}, values from {@code p} where they overlap. */
    static <T> Pattern<T> struct(Pattern<T> p, Pattern<Boolean> bools) {
        return new Pattern<>(span -> {
            List<Event<T>> out = new ArrayList<>();
            for (Event<Boolean> b : bools.query(span)) {
                if (!Boolean.TRUE.equals(b.value)) continue;
                for (Event<T> e : p.query(b.wholeOrPart())) {
                    TimeSpan part = e.part.intersection(b.part);
                    if (part != null) out.add(new Event<>(b.whole, part, e.value));
                }
            }
            return out;
        });
    }

    /** Flattens a pattern of patterns: for each outer event, the inner pattern's events inside its part. */
    static <T> Pattern<T> innerJoin(Pattern<? extends Pattern<T>> outer) {
        return new Pattern<>(span -> {
            List<Event<T>> out = new ArrayList<>();
            for (Event<? extends Pattern<T>> o : outer.query(span)) {
                for (Event<T> e : o.value.query(o.part)) {
                    TimeSpan part = e.part.intersection(o.part);
                    if (part != null) out.add(new Event<>(e.whole, part, e.value));
                }
            }
            return out;
        });
    }
}
