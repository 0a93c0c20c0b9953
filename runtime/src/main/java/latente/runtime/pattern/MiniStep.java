package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A step as written, before replication: {@code reps} copies share {@code weight} evenly.
 * Strudel's rules, checked against @strudel/mini: {@code @w} adds w - 1 to the weight and
 * {@code _} adds 1; {@code !n} adds n - 1 copies and a bare {@code !} one, and either resets
 * the weight to the number of copies. So {@code a!2@3} is two a's of weight 2 and
 * {@code a@3!2} two of weight 1. The static methods turn a list of steps into a pattern.
 */
final class MiniStep {
    /** The most copies one step may have after '!'. */
    static final int MAX_REPS = 10_000;

    final MiniTerm term;
    Fraction weight;
    int reps = 1;

    MiniStep(MiniTerm term, Fraction weight) {
        this.term = term;
        this.weight = weight;
    }

    MiniStep(MiniTerm term) {
        this(term, Fraction.ONE);
    }

    void replicate(int more, int at, MiniScanner in) {
        if (reps + more > MAX_REPS) throw in.error("too many copies (at most " + MAX_REPS + ")", at);
        reps += more;
        weight = Fraction.of(reps);
    }

    /** Each step as its copies, each with an equal share of the step's weight. */
    static List<MiniStep> expand(List<MiniStep> steps) {
        List<MiniStep> out = new ArrayList<>();
        for (MiniStep s : steps) {
            Fraction share = s.weight.div(Fraction.of(s.reps));
            for (int i = 0; i < s.reps; i++) out.add(new MiniStep(s.term, share));
        }
        return out;
    }

    static Fraction totalWeight(List<MiniStep> steps) {
        Fraction total = Fraction.ZERO;
        for (MiniStep s : steps) total = total.add(s.weight);
        return total;
    }

    /** The steps in one cycle, each taking its share of the weights. */
    static Pattern<Object> sequence(List<MiniStep> steps) {
        if (steps.isEmpty()) return Pattern.silence();
        if (steps.size() == 1) return steps.get(0).term.pattern();
        List<Fraction> weights = new ArrayList<>();
        List<Pattern<Object>> items = new ArrayList<>();
        for (MiniStep s : steps) {
            weights.add(s.weight);
            items.add(s.term.pattern());
        }
        return Structure.timecat(weights, items);
    }

    /** {@code <a b c>} is {@code [a b c]/3}: one step per cycle (weights count as steps). */
    static Pattern<Object> alternation(List<MiniStep> steps) {
        if (steps.isEmpty()) return Pattern.silence();
        return sequence(steps).slow(totalWeight(steps));
    }

    /** The steps as one term: the step itself when there is only one, else their sequence. */
    static MiniTerm asTerm(List<MiniStep> steps) {
        return steps.size() == 1 ? steps.get(0).term : MiniTerm.of(sequence(steps));
    }
}
