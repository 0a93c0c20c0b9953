package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A weighted sequence: item i is squeezed into [b_i, e_i) of every cycle (see
 * {@link Cycles#compress}). Equivalent to a stack of compressed items, but a query only visits
 * the items whose slots it overlaps: a per-frame query of an 8-step sequence touches one item,
 * not eight.
 */
final class Timecat<T> implements Pattern.Query<T> {
    private final List<Pattern<? extends T>> items;
    private final Fraction[] begins;
    private final Fraction[] ends;

    Timecat(List<Fraction> weights, List<? extends Pattern<? extends T>> items) {
        this.items = List.copyOf(items);
        Fraction total = Fraction.ZERO;
        for (Fraction w : weights) total = total.add(w);
        begins = new Fraction[items.size()];
        ends = new Fraction[items.size()];
        Fraction at = Fraction.ZERO;
        for (int i = 0; i < items.size(); i++) {
            Fraction next = at.add(weights.get(i));
            begins[i] = at.div(total);
            ends[i] = next.div(total);
            at = next;
        }
    }

    @Override
    public List<Event<T>> apply(TimeSpan span) {
        List<Event<T>> out = new ArrayList<>();
        for (TimeSpan piece : span.cycles()) {
            Fraction c = piece.begin.floor();
            Fraction from = piece.begin.sub(c);
            Fraction to = piece.end.sub(c);
            boolean point = from.equals(to);
            for (int i = 0; i < begins.length; i++) {
                // Skip slots that end before the piece or start after it (half-open; a point at
                // a slot's begin belongs to that slot).
                if (ends[i].lt(from) || (ends[i].equals(from))) continue;
                if (point ? begins[i].gt(from) : begins[i].gte(to)) break;
                Cycles.compressInto(items.get(i), begins[i], ends[i], c, piece, out);
            }
        }
        return out;
    }
}
