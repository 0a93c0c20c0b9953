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
 * {@link #seq} and the fluent methods here (see docs/patterns.md for the exact semantics).
 *
 * <p>Cost: a query allocates its result list and events; per-frame use (one short query per
 * frame) costs one to a few microseconds for typical patterns ({@code latente bench patterns}).
 */
public final class Pattern<T> {
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
        return Structure.randomChoice(List.of(items), seed, 1000);
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

    // ---- combinators (documented in docs/patterns.md) ----

    public Pattern<T> fast(Fraction factor) {
        if (factor.isZero()) return silence();
        if (factor.lt(Fraction.ZERO)) return rev().fast(factor.negate());
        return withQueryTime(t -> t.mul(factor)).withEventTime(t -> t.div(factor));
    }

    public Pattern<T> fast(double factor) {
        return fast(Fraction.approx(factor));
    }

    /**
     * Patterned speed: the factor pattern picks the speed for each of its events (inner join).
     * A factor that is not a number ({@code a*<2 x>}) is silence while it lasts: the error
     * cannot be known before the query, and a query must not throw on the render thread.
     */
    public Pattern<T> fast(Pattern<?> factor) {
        return Structure.innerJoin(factor.map(f -> Double.isFinite(Values.toDouble(f)) ? fast(Fraction.approx(Values.toDouble(f))) : Pattern.<T>silence()));
    }

    /** Speed from a mini-notation string: {@code fast("<2 3>")}. */
    public Pattern<T> fast(String mini) {
        return fast(MiniNotation.parse(mini));
    }

    public Pattern<T> slow(String mini) {
        return slow(MiniNotation.parse(mini));
    }

    public Pattern<T> slow(Fraction factor) {
        if (factor.isZero()) return silence();
        return fast(Fraction.ONE.div(factor));
    }

    public Pattern<T> slow(double factor) {
        return slow(Fraction.approx(factor));
    }

    public Pattern<T> slow(Pattern<?> factor) {
        return Structure.innerJoin(factor.map(f -> Double.isFinite(Values.toDouble(f)) ? slow(Fraction.approx(Values.toDouble(f))) : Pattern.<T>silence()));
    }

    /** Shifts the pattern earlier in time by {@code offset} cycles. */
    public Pattern<T> early(Fraction offset) {
        return withQueryTime(t -> t.add(offset)).withEventTime(t -> t.sub(offset));
    }

    public Pattern<T> early(double offset) {
        return early(Fraction.approx(offset));
    }

    /** Shifts the pattern later in time by {@code offset} cycles. */
    public Pattern<T> late(Fraction offset) {
        return early(offset.negate());
    }

    public Pattern<T> late(double offset) {
        return late(Fraction.approx(offset));
    }

    /** Each cycle reversed in place (events mirrored about the middle of their cycle). */
    public Pattern<T> rev() {
        return Structure.rev(this);
    }

    /** Applies f on cycles 0, n, 2n, ... (Tidal's every; Strudel's firstOf). */
    public Pattern<T> every(int n, UnaryOperator<Pattern<T>> f) {
        return Structure.every(this, n, f.apply(this));
    }

    /** The pattern stacked with a copy shifted later by {@code time} cycles and transformed by f. */
    public Pattern<T> off(double time, UnaryOperator<Pattern<T>> f) {
        return off(Fraction.approx(time), f);
    }

    public Pattern<T> off(Fraction time, UnaryOperator<Pattern<T>> f) {
        return stack(this, f.apply(late(time)));
    }

    /** Stacks this pattern with others. */
    @SafeVarargs
    public final Pattern<T> stackWith(Pattern<? extends T>... others) {
        List<Pattern<? extends T>> all = new ArrayList<>();
        all.add(this);
        all.addAll(List.of(others));
        return Structure.stack(all);
    }

    /** Keeps the structure of a boolean pattern's true events, taking values from this pattern. */
    public Pattern<T> struct(Pattern<Boolean> bools) {
        return Structure.struct(this, bools);
    }

    /** Euclidean rhythm: k pulses spread over n steps per cycle (Bjorklund). */
    public Pattern<T> euclid(int pulses, int steps) {
        return euclid(pulses, steps, 0);
    }

    /** Euclidean rhythm with every pulse moved {@code rotation} steps later (wrapping), as in Strudel. */
    public Pattern<T> euclid(int pulses, int steps, int rotation) {
        return struct(Euclid.pattern(pulses, steps, rotation));
    }

    /** Samples a continuous pattern n times per cycle (or re-cuts a discrete one into n steps). */
    public Pattern<T> segment(int n) {
        return struct(Pattern.pure(Boolean.TRUE).fast(Fraction.of(n)));
    }

    /** Removes each event with probability p, decided by a hash of (seed, event start). */
    public Pattern<T> degradeBy(double p, long seed) {
        return Structure.degradeBy(this, p, seed, 0, false);
    }

    public Pattern<T> degradeBy(double p) {
        return degradeBy(p, 0);
    }

    /** Removes half of the events (seed 0). */
    public Pattern<T> degrade() {
        return degradeBy(0.5, 0);
    }

    /** Applies f to each event with probability p (seeded), leaving the others alone. */
    public Pattern<T> sometimesBy(double p, long seed, UnaryOperator<Pattern<T>> f) {
        Pattern<T> untouched = Structure.degradeBy(this, p, seed, 1, false);
        Pattern<T> chosen = Structure.degradeBy(this, p, seed, 1, true);
        return stack(untouched, f.apply(chosen));
    }

    public Pattern<T> sometimesBy(double p, UnaryOperator<Pattern<T>> f) {
        return sometimesBy(p, 0, f);
    }

    /** Applies f to about half the events (seed 0). */
    public Pattern<T> sometimes(UnaryOperator<Pattern<T>> f) {
        return sometimesBy(0.5, 0, f);
    }

    /** Squeezes each cycle into [begin, end) of the same cycle (0 <= begin < end <= 1). */
    public Pattern<T> compress(Fraction begin, Fraction end) {
        return Structure.compress(this, begin, end);
    }
}
