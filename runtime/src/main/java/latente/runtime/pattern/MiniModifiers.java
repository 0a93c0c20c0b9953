package latente.runtime.pattern;

/**
 * What may follow a term in mini-notation: speed ({@code *2}, {@code /<2 3>}), euclid
 * ({@code (3,8)}), chance ({@code ?}, {@code ?0.3}), a value tail ({@code :3}), weight
 * ({@code @3}) and replication ({@code !}, {@code !3}).
 */
final class MiniModifiers {
    /** Bound on literal speed factors: beyond it a query would flood memory. */
    static final int MAX_FACTOR = 10_000;

    private MiniModifiers() {}

    /** Reads a term and its modifiers into one step. */
    static MiniStep step(MiniParser parser, MiniScanner in) {
        MiniTerm term = parser.term();
        MiniStep step = new MiniStep(term);
        while (!in.atEnd()) {
            char c = in.peek(0);
            if (c == '*' || c == '/') {
                int at = in.advance();
                term = speed(parser, in, term, c == '*', at);
            } else if (c == '(') {
                term = MiniEuclid.read(parser, in, term);
            } else if (c == '?') {
                in.advance();
                double p = 0.5;
                if (in.startsNumber() && in.peek(0) != '-') {
                    int at = in.pos();
                    p = in.number();
                    if (p < 0 || p > 1) throw in.error("'?' probability must be between 0 and 1", at);
                }
                term = MiniTerm.of(Chance.degradeBy(term.pattern(), p, parser.seed(), parser.nextRandomStream(), false));
            } else if (c == ':') {
                term = valueTail(in, term, in.advance());
            } else if (c == '@') {
                in.advance();
                int at = in.pos();
                if (!in.startsNumber()) throw in.error("'@' needs a number (a step weight)", in.pos());
                Fraction w = in.exactNumber();
                if (!w.gt(Fraction.ZERO)) throw in.error("'@' weight must be positive", at);
                step.weight = step.weight.add(w).sub(Fraction.ONE);
            } else if (c == '!') {
                int at = in.advance();
                if (!in.atEnd() && Character.isDigit(in.peek(0))) {
                    at = in.pos();
                    double n = in.number();
                    if (n != Math.rint(n) || n < 1 || n > MiniStep.MAX_REPS) throw in.error("'!' needs a whole count from 1 to " + MiniStep.MAX_REPS, at);
                    step.replicate((int) n - 1, at, in);
                } else {
                    step.replicate(1, at, in);
                }
            } else {
                break;
            }
        }
        MiniStep done = new MiniStep(term, step.weight);
        done.reps = step.reps;
        return done;
    }

    /**
     * {@code x:tail}: every value of x becomes the list [value, tail] (or gets tail appended), as
     * Strudel's {@code bd:3} is ["bd", 3]; a rest as tail ({@code a:~}) silences the step.
     */
    private static MiniTerm valueTail(MiniScanner in, MiniTerm term, int at) {
        Object tail;
        if (in.peek(0) == '~') {
            in.advance();
            return MiniTerm.of(Pattern.silence());
        } else if (in.startsNumber()) {
            tail = in.number();
        } else if (Character.isLetter(in.peek(0))) {
            tail = in.word();
        } else {
            throw in.error("':' needs a number or a word after it", at + 1);
        }
        if (term.literal() != null) return MiniTerm.literal(ListValue.append(term.literal(), tail));
        return MiniTerm.of(term.pattern().map(v -> ListValue.append(v, tail)));
    }

    private static MiniTerm speed(MiniParser parser, MiniScanner in, MiniTerm term, boolean fast, int at) {
        char c = in.peek(0);
        if (in.startsNumber()) {
            int numAt = in.pos();
            Fraction f = in.exactNumber();
            if (f.isZero()) throw in.error("speed factor must not be zero", numAt);
            if (Math.abs(f.toDouble()) > MAX_FACTOR || Math.abs(f.toDouble()) < 1.0 / MAX_FACTOR) {
                throw in.error("speed factor must be between 1/" + MAX_FACTOR + " and " + MAX_FACTOR, numAt);
            }
            return MiniTerm.of(fast ? term.pattern().fast(f) : term.pattern().slow(f));
        }
        if (c == '<' || c == '[') {
            MiniTerm factor = parser.term();
            return MiniTerm.of(fast ? term.pattern().fast(factor.pattern()) : term.pattern().slow(factor.pattern()));
        }
        throw in.error("'" + in.charAt(at) + "' needs a number or a [ ] or < > pattern after it", in.pos());
    }
}
