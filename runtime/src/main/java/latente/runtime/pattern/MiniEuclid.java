package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code x(k,n)} and {@code x(k,n,r)} in mini-notation: x played on a Euclidean rhythm of k
 * pulses over n steps, rotated r steps. Each argument may itself be a sequence or pattern
 * ({@code bd(<3 5>,8)}).
 */
final class MiniEuclid {
    private MiniEuclid() {}

    /** Reads the arguments from the '(' on and applies the rhythm to {@code base}. */
    static MiniTerm read(MiniParser parser, MiniScanner in, MiniTerm base) {
        int open = in.advance();
        List<MiniTerm> args = new ArrayList<>();
        List<Integer> argAts = new ArrayList<>();
        while (true) {
            in.skipSpace();
            int argAt = in.pos();
            argAts.add(argAt);
            List<MiniStep> seq = parser.sequence();
            if (seq.isEmpty()) throw in.error("empty euclid argument", argAt);
            args.add(MiniStep.asTerm(seq));
            if (in.atEnd()) throw in.error("expected ')' to close the '(' at column " + (open + 1), in.pos());
            char c = in.peek(0);
            in.advance();
            if (c == ')') break;
            if (c != ',') throw in.error("expected ',' or ')' in euclid arguments but found '" + c + "'", in.pos() - 1);
        }
        if (args.size() < 2 || args.size() > 3) throw in.error("euclid needs (pulses,steps) or (pulses,steps,rotation)", open);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).literal() instanceof String) throw in.error("euclid arguments must be numbers", argAts.get(i));
        }
        if (args.get(1).literal() instanceof Double steps && (steps > Euclid.MAX_STEPS || steps < 0)) {
            throw in.error("euclid steps must be between 0 and " + Euclid.MAX_STEPS, argAts.get(1));
        }
        Pattern<Object> pattern = base.pattern();
        if (args.stream().allMatch(a -> a.literal() instanceof Double)) {
            return MiniTerm.of(pattern.euclid(whole(args.get(0)), whole(args.get(1)), args.size() == 3 ? whole(args.get(2)) : 0));
        }
        Pattern<Object> k = args.get(0).pattern(), n = args.get(1).pattern();
        Pattern<Object> r = args.size() == 3 ? args.get(2).pattern() : Pattern.pure((Object) 0.0);
        // Patterned arguments are only known at query time: out-of-range steps play silence there
        // rather than throwing on the control thread.
        return MiniTerm.of(Structure.innerJoin(k.map(kv -> Structure.innerJoin(n.map(nv -> Structure.innerJoin(r.map(rv -> {
            double steps = Values.toDouble(nv);
            if (!(steps >= 0 && steps <= Euclid.MAX_STEPS)) return Pattern.<Object>silence();
            return pattern.euclid((int) Values.toDouble(kv), (int) steps, (int) Values.toDouble(rv));
        })))))));
    }

    private static int whole(MiniTerm t) {
        return (int) Math.round((Double) t.literal());
    }
}
