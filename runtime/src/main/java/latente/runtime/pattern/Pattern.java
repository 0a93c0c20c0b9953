package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A pattern in the Tidal/Strudel sense: a pure function from a span of cycle time to the events
 * that fall in it. Patterns are immutable and thread-safe; every combinator returns a new pattern.
 * Build them with {@link MiniNotation#parse}, {@link #pure}, {@link #stack}, {@link #cat},
 * {@link #seq}; the queries and elementary transformations are here, the combinators in the
 * interfaces it implements, one concept each: {@link TimeTransforms} ({@code fast}, {@code rev},
 * {@code every}...), {@link StructureTransforms} ({@code struct}, {@code euclid}) and
 * {@link RandomTransforms} ({@code degradeBy}, {@code sometimes}). See docs/patterns.md for the
 * exact semantics.
 *
 * <p>Cost: a query allocates its result list and events; per-frame use (one short query per
 * frame) costs one to a few microseconds for typical patterns ({@code latente bench patterns}).
 */
public final class Pattern<T> implements TimeTransforms<T>, StructureTransforms<T>, RandomTransforms<T> {
    /** The query function: events of the pattern whose parts lie in the span, in no particular order. */
    @FunctionalInterface
    public interface Query<T> {
        List<Event<T>> apply(TimeSpan span);
    }

    private final Query<T> query;

    public Pattern(Query<T> query) {
        this.query = query;
    }

    // ---- queries ----

    public List<Event<T>> query(TimeSpan span) {
        return query.apply(span);
    }

    /** Events in [begin, end), sorted by part begin (stable, so stacked layers keep their order). */
    public List<Event<T>> queryArc(Fraction begin, Fraction end) {
        List<Event<T>> events = new ArrayList<>(query.apply(new TimeSpan(begin, end)));
        events.sort((a, b) -> a.part.begin.compareTo(b.part.begin));
        return events;
    }

    public List<Event<T>> queryArc(double begin, double end) {
        return queryArc(Fraction.fromDouble(begin), Fraction.fromDouble(end));
    }

    /** Events of the first cycle, [0, 1). */
    public List<Event<T>> firstCycle() {
        return queryArc(Fraction.ZERO, Fraction.ONE);
    }

    /** Events that start in [begin, end): what a per-frame trigger wants (one frame's slice of cycle time). */
    public List<Event<T>> onsetsIn(double begin, double end) {
        List<Event<T>> out = new ArrayList<>();
        for (Event<T> e : query.apply(new TimeSpan(Fraction.fromDouble(begin), Fraction.fromDouble(end)))) {
            if (e.hasOnset()) out.add(e);
        }
        return out;
    }

    /** The value sounding at cycle position t (the first event whose part holds t), or null in a rest. */
    public T valueAt(double cycle) {
        Fraction t = Fraction.fromDouble(cycle);
        List<Event<T>> events = query.apply(new TimeSpan(t, t));
        return events.isEmpty() ? null : events.get(0).value;
    }

    /** {@link #valueAt} as a number (NaN in a rest or for a word). */
    public double numberAt(double cycle) {
        T v = valueAt(cycle);
        return v == null ? Double.NaN : Values.toDouble(v);
    }

    // ---- constructors ----

    /** Parses mini-notation (seed 0); same as {@link MiniNotation#parse(String)}. */
    public static Pattern<Object> mini(String source) {
        return MiniNotation.parse(source);
    }

    public static Pattern<Object> mini(String source, long seed) {
        return MiniNotation.parse(source, seed);
    }

    /** One event per cycle, whole cycles, value v. */
    public static <T> Pattern<T> pure(T value) {
        return new Pattern<>(span -> {
            List<Event<T>> out = new ArrayList<>(2);
            for (TimeSpan piece : span.cycles()) {
                Fraction c = piece.begin.floor();
                out.add(new Event<>(new TimeSpan(c, c.add(Fraction.ONE)), piece, value));
            }
            return out;
        });
    }

    public static <T> Pattern<T> silence() {
        return new Pattern<>(span -> new ArrayList<>(0));
    }

    /** A continuous pattern (no wholes): its value for a query is f(begin of the query, in cycles). */
    public static Pattern<Double> signal(DoubleUnaryOperator f) {
        return new Pattern<>(span -> {
            List<Event<Double>> out = new ArrayList<>(1);
            out.add(new Event<>(null, span, f.applyAsDouble(span.begin.toDouble())));
            return out;
        });
    }

    @SafeVarargs
    public static <T> Pattern<T> stack(Pattern<? extends T>... layers) {
        return Structure.stack(List.of(layers));
    }

    /** Alternation ("slowcat"): one pattern per cycle, in turn; each keeps its own cycle count. */
    @SafeVarargs
    public static <T> Pattern<T> cat(Pattern<? extends T>... items) {
        return Structure.slowcat(List.of(items));
    }

    /** Same as {@link #cat}. */
    @SafeVarargs
    public static <T> Pattern<T> slowcat(Pattern<? extends T>... items) {
        return cat(items);
    }

    /** Sequence ("fastcat"): all items squeezed into one cycle, equal steps. */
    @SafeVarargs
    public static <T> Pattern<T> seq(Pattern<? extends T>... items) {
        return Structure.fastcat(List.of(items));
    }

    /** Same as {@link #seq}. */
    @SafeVarargs
    public static <T> Pattern<T> fastcat(Pattern<? extends T>... items) {
        return seq(items);
    }

    /** Weighted sequence: item i takes weights[i] / (sum of weights) of each cycle (like "a@3 b"). */
    public static <T> Pattern<T> timecat(List<Fraction> weights, List<? extends Pattern<? extends T>> items) {
        if (weights.size() != items.size()) throw new IllegalArgumentException("timecat: " + weights.size() + " weights for " + items.size() + " patterns");
        return Structure.timecat(weights, items);
    }

    /** One item per cycle chosen at random (seeded, like "a | b | c"). */
    @SafeVarargs
    public static <T> Pattern<T> chooseCycles(long seed, Pattern<? extends T>... items) {
        if (items.length == 0) return silence();
        return Chance.randomChoice(List.of(items), seed, 1000);
    }

    /** Values in sequence: {@code Pattern.sequence("a", "b")} is like {@code "a b"}. */
    @SafeVarargs
    public static <T> Pattern<T> sequence(T... values) {
        List<Pattern<? extends T>> items = new ArrayList<>();
        for (T v : values) items.add(pure(v));
        return Structure.fastcat(items);
    }

    // ---- elementary transformations ----

    /** Applies the query to each cycle separately (for operations defined per cycle). */
    public Pattern<T> splitQueries() {
        return new Pattern<>(span -> {
            List<TimeSpan> pieces = span.cycles();
            if (pieces.size() == 1) return query.apply(span);
            List<Event<T>> out = new ArrayList<>();
            for (TimeSpan piece : pieces) out.addAll(query.apply(piece));
            return out;
        });
    }

    public Pattern<T> withQueryTime(UnaryOperator<Fraction> f) {
        return new Pattern<>(span -> query.apply(span.withTime(f)));
    }

    public Pattern<T> withEventTime(UnaryOperator<Fraction> f) {
        return new Pattern<>(span -> {
            List<Event<T>> in = query.apply(span);
            List<Event<T>> out = new ArrayList<>(in.size());
            for (Event<T> e : in) out.add(e.withSpans(e.whole == null ? null : e.whole.withTime(f), e.part.withTime(f)));
            return out;
        });
    }

    public <U> Pattern<U> map(Function<? super T, ? extends U> f) {
        return new Pattern<>(span -> {
            List<Event<T>> in = query.apply(span);
            List<Event<U>> out = new ArrayList<>(in.size());
            for (Event<T> e : in) out.add(e.withValue(f.apply(e.value)));
            return out;
        });
    }

    public Pattern<T> filterEvents(Predicate<Event<T>> keep) {
        return new Pattern<>(span -> {
            List<Event<T>> in = query.apply(span);
            List<Event<T>> out = new ArrayList<>(in.size());
            for (Event<T> e : in) if (keep.test(e)) out.add(e);
            return out;
        });
    }

    public Pattern<T> filterValues(Predicate<? super T> keep) {
        return filterEvents(e -> keep.test(e.value));
    }

    /** Keeps only events that start inside the query (drops fragments of longer events). */
    public Pattern<T> onsetsOnly() {
        return filterEvents(Event::hasOnset);
    }

    // ---- layering (the other combinators: TimeTransforms, StructureTransforms, RandomTransforms) ----

    /** Stacks this pattern with others. */
    @SafeVarargs
    public final Pattern<T> stackWith(Pattern<? extends T>... others) {
        List<Pattern<? extends T>> all = new ArrayList<>();
        all.add(this);
        all.addAll(List.of(others));
        return Structure.stack(all);
    }
}
