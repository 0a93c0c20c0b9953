package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/** The structural operations behind {@link Pattern}'s combinators and the mini-notation. */
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

    /**
     * Cycle c of the pattern squeezed into [c + b, c + e): the affine map t -> c + b + (t - c)(e - b)
     * for events, its inverse for the query. Nothing plays outside the slot.
     */
    static <T> Pattern<T> compress(Pattern<? extends T> p, Fraction b, Fraction e) {
        if (b.gte(e) || b.lt(Fraction.ZERO) || e.gt(Fraction.ONE)) return Pattern.silence();
        return new Pattern<T>(span -> {
            List<Event<T>> out = new ArrayList<>();
            compressInto(p, b, e, span.begin.floor(), span, out);
            return out;
        }).splitQueries();
    }

    /** The events of p's cycle c squeezed into [c + b, c + e) that fall in {@code piece} (inside cycle c). */
    static <T> void compressInto(Pattern<? extends T> p, Fraction b, Fraction e, Fraction c, TimeSpan piece, List<Event<T>> out) {
        TimeSpan inSlot = piece.intersection(new TimeSpan(c.add(b), c.add(e)));
        if (inSlot == null) return;
        Fraction width = e.sub(b);
        Fraction origin = c.add(b);
        TimeSpan inner = inSlot.withTime(t -> c.add(t.sub(origin).div(width)));
        for (Event<? extends T> ev : p.query(inner)) {
            TimeSpan whole = ev.whole == null ? null : ev.whole.withTime(t -> origin.add(t.sub(c).mul(width)));
            out.add(new Event<>(whole, ev.part.withTime(t -> origin.add(t.sub(c).mul(width))), ev.value));
        }
    }

    /** Per cycle c, time t maps to 2c + 1 - t, and back for the events. */
    static <T> Pattern<T> rev(Pattern<T> p) {
        return new Pattern<T>(span -> {
            Fraction c = span.begin.floor();
            Fraction mirror = c.add(c).add(Fraction.ONE);
            // A point query cannot be mirrored as a point (half-open spans flip sides): query the
            // whole mirrored cycle and keep what covers the point.
            boolean point = span.begin.equals(span.end);
            TimeSpan reflected = point ? new TimeSpan(c, c.add(Fraction.ONE)) : new TimeSpan(mirror.sub(span.end), mirror.sub(span.begin));
            List<Event<T>> out = new ArrayList<>();
            for (Event<T> e : p.query(reflected)) {
                TimeSpan whole = e.whole == null ? null : new TimeSpan(mirror.sub(e.whole.end), mirror.sub(e.whole.begin));
                TimeSpan part = new TimeSpan(mirror.sub(e.part.end), mirror.sub(e.part.begin));
                if (point) {
                    part = part.intersection(span);
                    if (part == null) continue;
                }
                out.add(new Event<>(whole, part, e.value));
            }
            return out;
        }).splitQueries();
    }

    static <T> Pattern<T> every(Pattern<T> p, int n, Pattern<T> transformed) {
        if (n <= 0) return p;
        return new Pattern<T>(span -> Math.floorMod(span.begin.floorLong(), (long) n) == 0
                ? transformed.query(span) : p.query(span)).splitQueries();
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
