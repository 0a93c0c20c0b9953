package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A half-open span of pattern time [begin, end) in cycles. A zero-width span is a point query. */
public final class TimeSpan {
    public final Fraction begin;
    public final Fraction end;

    public TimeSpan(Fraction begin, Fraction end) {
        this.begin = begin;
        this.end = end;
    }

    public static TimeSpan of(Fraction begin, Fraction end) {
        return new TimeSpan(begin, end);
    }

    /** Convenience for tests and the CLI: {@code span(1, 3, 2, 3)} is [1/3, 2/3). */
    public static TimeSpan of(long bNum, long bDen, long eNum, long eDen) {
        return new TimeSpan(Fraction.of(bNum, bDen), Fraction.of(eNum, eDen));
    }

    public Fraction duration() {
        return end.sub(begin);
    }

    /**
     * Splits the span at cycle boundaries; a zero-width span gives itself. Every piece lies inside
     * one cycle, which is what per-cycle operations (alternation, rev, every) need.
     */
    public List<TimeSpan> cycles() {
        List<TimeSpan> out = new ArrayList<>(2);
        if (begin.equals(end)) {
            out.add(this);
            return out;
        }
        Fraction b = begin;
        while (b.lt(end)) {
            Fraction next = Fraction.min(b.nextCycle(), end);
            out.add(new TimeSpan(b, next));
            b = next;
        }
        return out;
    }

    public TimeSpan withTime(UnaryOperator<Fraction> f) {
        return new TimeSpan(f.apply(begin), f.apply(end));
    }

    /**
     * The overlap of two spans, or null when they do not overlap. A zero-width span at t overlaps
     * [b, e) when b <= t < e (and a zero-width span at the same point).
     */
    public TimeSpan intersection(TimeSpan o) {
        Fraction b = Fraction.max(begin, o.begin);
        Fraction e = Fraction.min(end, o.end);
        if (b.gt(e)) return null;
        if (b.equals(e)) {
            // Point overlaps are kept only for point queries, never at the end of a non-empty span.
            boolean thisPoint = begin.equals(end);
            boolean otherPoint = o.begin.equals(o.end);
            if (!thisPoint && !otherPoint) return null;
            if (thisPoint && !otherPoint && b.equals(o.end)) return null;
            if (otherPoint && !thisPoint && b.equals(end)) return null;
        }
        return new TimeSpan(b, e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSpan s && s.begin.equals(begin) && s.end.equals(end);
    }

    @Override
    public int hashCode() {
        return begin.hashCode() * 31 + end.hashCode();
    }

    /** "[1/3, 2/3)": half-open, ASCII. */
    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
