package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Transformations defined cycle by cycle: a cycle squeezed into part of itself
 * ({@code compress}), mirrored ({@code rev}), or replaced on every n-th cycle ({@code every}).
 * The work behind {@link TimeTransforms} and the weighted sequences of {@link Timecat}.
 */
final class Cycles {
    private Cycles() {}

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
}
