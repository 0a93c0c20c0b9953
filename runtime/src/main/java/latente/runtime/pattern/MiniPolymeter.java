package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code {a b c, d e}} in mini-notation: every layer moves at the step rate of the first (3 steps
 * per cycle here), so the shorter layers drift against it; {@code {a b c}%4} sets 4 steps per
 * cycle, and {@code {a b c}%<2 4>} lets a pattern choose, as Strudel allows.
 */
final class MiniPolymeter {
    private MiniPolymeter() {}

    /** Reads from just after the '{' (at {@code openedAt}) to the end of an optional '%' steps. */
    static MiniTerm read(MiniParser parser, MiniScanner in, int openedAt) {
        List<List<MiniStep>> layers = new ArrayList<>();
        while (true) {
            layers.add(parser.sequence());
            if (in.atEnd()) throw in.error("expected '}' to close the '{' at column " + (openedAt + 1), in.pos());
            char c = in.peek(0);
            in.advance();
            if (c == '}') break;
            if (c != ',') throw in.error("expected '}' to close the '{' at column " + (openedAt + 1) + " but found '" + c + "'", in.pos() - 1);
        }
        Fraction base = null;
        Pattern<Object> patternedBase = null;
        if (in.peek(0) == '%') {
            in.advance();
            int at = in.pos();
            if (in.peek(0) == '<' || in.peek(0) == '[') {
                patternedBase = parser.term().pattern();
            } else {
                if (!in.startsNumber() || in.peek(0) == '-') throw in.error("'%' needs a positive number of steps per cycle", in.pos());
                base = in.exactNumber();
                if (base.isZero() || base.toDouble() > MiniModifiers.MAX_FACTOR) {
                    throw in.error("'%' steps must be between 1/" + MiniModifiers.MAX_FACTOR + " and " + MiniModifiers.MAX_FACTOR, at);
                }
            }
        }
        List<Pattern<Object>> out = new ArrayList<>();
        for (List<MiniStep> layer : layers) {
            if (layer.isEmpty()) continue;
            Fraction total = MiniStep.totalWeight(layer);
            if (patternedBase != null) {
                double steps = total.toDouble();
                out.add(MiniStep.sequence(layer).fast(patternedBase.map(b -> (Object) (Values.toDouble(b) / steps))));
                continue;
            }
            if (base == null) base = total;
            out.add(MiniStep.sequence(layer).fast(base.div(total)));
        }
        return MiniTerm.of(out.isEmpty() ? Pattern.silence() : Structure.stack(out));
    }
}
