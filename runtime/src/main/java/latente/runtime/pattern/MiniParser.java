package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent reader of mini-notation (grammar in docs/patterns.md). Builds patterns
 * directly while reading; not thread-safe, one instance per string.
 */
final class MiniParser {
    /** A parsed term: its pattern, and its literal value when it is a bare number or word. */
    record Node(Pattern<Object> pattern, Object literal) {
        static Node of(Pattern<Object> p) {
            return new Node(p, null);
        }
    }

    /**
     * A step as written, before replication: {@code reps} copies share {@code weight} evenly.
     * Strudel's rules, checked against @strudel/mini: {@code @w} adds w - 1 to the weight and
     * {@code _} adds 1; {@code !n} adds n - 1 copies and a bare {@code !} one, and either resets
     * the weight to the number of copies. So {@code a!2@3} is two a's of weight 2 and
     * {@code a@3!2} two of weight 1.
     */
    private static final class Step {
        final Node node;
        Fraction weight;
        int reps = 1;

        Step(Node node, Fraction weight) {
            this.node = node;
            this.weight = weight;
        }

        Step(Node node) {
            this(node, Fraction.ONE);
        }

        void replicate(int more, int at, MiniParser p) {
            if (reps + more > MAX_REPS) throw p.error("too many copies (at most " + MAX_REPS + ")", at);
            reps += more;
            weight = Fraction.of(reps);
        }
    }

    /** The most copies one step may have after '!'. */
    static final int MAX_REPS = 10_000;

    /** Bounds on literal speed factors and euclid steps: beyond them a query would flood memory. */
    static final int MAX_FACTOR = 10_000;
    static final int MAX_EUCLID_STEPS = 4096;

    private final String src;
    private final long seed;
    private int pos;
    private int randomStreams;

    MiniParser(String src, long seed) {
        this.src = src;
        this.seed = seed;
    }

    Pattern<Object> parseAll() {
        Node n = layers('\0', false, -1);
        if (pos < src.length()) throw error("unexpected '" + src.charAt(pos) + "'", pos);
        return n.pattern();
    }

    // ---- layers: sequences joined by ',' (stack) or '|' (random choice) ----

    private Node layers(char close, boolean alternate, int openedAt) {
        List<List<Step>> seqs = new ArrayList<>();
        char joiner = 0;
        while (true) {
            seqs.add(sequence());
            if (pos >= src.length()) {
                if (close != '\0') throw error("expected '" + close + "' to close the '" + src.charAt(openedAt) + "' at column " + (openedAt + 1), pos);
                break;
            }
            char c = src.charAt(pos);
            if (c == close) {
                pos++;
                break;
            }
            if (c == ',' || c == '|') {
                if (joiner != 0 && joiner != c) throw error("cannot mix ',' and '|' in the same brackets (use [ ] to group)", pos);
                joiner = c;
                pos++;
                continue;
            }
            if (close == '\0') throw error("unexpected '" + c + "'", pos);
            throw error("expected '" + close + "' to close the '" + src.charAt(openedAt) + "' at column " + (openedAt + 1) + " but found '" + c + "'", pos);
        }
        List<Pattern<Object>> pats = new ArrayList<>();
        for (List<Step> s : seqs) pats.add(alternate ? alternation(s) : sequencePattern(s));
        if (pats.size() == 1) {
            List<Step> only = seqs.get(0);
            return only.size() == 1 && !alternate ? only.get(0).node : Node.of(pats.get(0));
        }
        if (joiner == '|') return Node.of(Structure.randomChoice(pats, seed, 1000 + randomStreams++));
        return Node.of(Structure.stack(pats));
    }

    private static Pattern<Object> sequencePattern(List<Step> steps) {
        if (steps.isEmpty()) return Pattern.silence();
        if (steps.size() == 1) return steps.get(0).node.pattern();
        List<Fraction> weights = new ArrayList<>();
        List<Pattern<Object>> items = new ArrayList<>();
        for (Step s : steps) {
            weights.add(s.weight);
            items.add(s.node.pattern());
        }
        return Structure.timecat(weights, items);
    }

    /** {@code <a b c>} is {@code [a b c]/3}: one step per cycle (weights count as steps). */
    private static Pattern<Object> alternation(List<Step> steps) {
        if (steps.isEmpty()) return Pattern.silence();
        Fraction total = Fraction.ZERO;
        for (Step s : steps) total = total.add(s.weight);
        return sequencePattern(steps).slow(total);
    }

    // ---- sequence: steps, '_' elongation, bare '!' replication, '..' ranges, '.' groups ----

    private List<Step> sequence() {
        List<List<Step>> groups = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        groups.add(steps);
        skipSpace();
        while (pos < src.length() && ",|])>}".indexOf(src.charAt(pos)) < 0) {
            char c = src.charAt(pos);
            if (c == '_' && !isWordChar(peek(1))) {
                if (steps.isEmpty()) throw error("'_' needs a step before it to lengthen", pos);
                steps.get(steps.size() - 1).weight = steps.get(steps.size() - 1).weight.add(Fraction.ONE);
                pos++;
            } else if (c == '!') {
                if (steps.isEmpty()) throw error("'!' needs a step before it to repeat", pos);
                steps.get(steps.size() - 1).replicate(1, pos, this);
                pos++;
            } else if (c == '.' && peek(1) == '.') {
                range(steps);
            } else if (c == '.' && !Character.isDigit(peek(1))) {
                // "a . b c" groups steps: the same as "[a] [b c]".
                if (steps.isEmpty()) throw error("'.' needs steps before it to group", pos);
                steps = new ArrayList<>();
                groups.add(steps);
                pos++;
            } else {
                step(steps);
            }
            skipSpace();
        }
        if (groups.size() == 1) return expand(steps);
        if (steps.isEmpty()) throw error("'.' needs steps after it to group", pos);
        List<Step> grouped = new ArrayList<>();
        for (List<Step> g : groups) {
            List<Step> e = expand(g);
            grouped.add(new Step(e.size() == 1 ? e.get(0).node : Node.of(sequencePattern(e))));
        }
        return grouped;
    }

    /** Each step as its copies, each with an equal share of the step's weight. */
    private static List<Step> expand(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            Fraction share = s.weight.div(Fraction.of(s.reps));
            for (int i = 0; i < s.reps; i++) out.add(new Step(s.node, share));
        }
        return out;
    }

    private void range(List<Step> steps) {
        int at = pos;
        pos += 2;
        skipSpace();
        if (steps.isEmpty() || steps.get(steps.size() - 1).reps != 1 || !(steps.get(steps.size() - 1).node.literal() instanceof Double from)) {
            throw error("'..' needs a number before it", at);
        }
        int toAt = pos;
        if (!startsNumber()) throw error("'..' needs a number after it", pos);
        double to = number();
        if (from != Math.rint(from) || to != Math.rint(to)) throw error("'..' ranges need whole numbers", toAt);
        steps.remove(steps.size() - 1);
        long a = (long) (double) from, b = (long) to;
        if (Math.abs(b - a) > 10_000) throw error("range too long (more than 10000 steps)", toAt);
        long dir = b >= a ? 1 : -1;
        for (long v = a; ; v += dir) {
            steps.add(new Step(literal((double) v)));
            if (v == b) break;
        }
    }

    // ---- step: a term followed by modifiers ----

    private void step(List<Step> steps) {
        Node node = term();
        Step step = new Step(node);
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '*' || c == '/') {
                int at = pos++;
                node = speed(node, c == '*', at);
            } else if (c == '(') {
                node = euclid(node);
            } else if (c == '?') {
                pos++;
                double p = 0.5;
                if (startsNumber() && src.charAt(pos) != '-') {
                    int at = pos;
                    p = number();
                    if (p < 0 || p > 1) throw error("'?' probability must be between 0 and 1", at);
                }
                node = Node.of(Structure.degradeBy(node.pattern(), p, seed, randomStreams++, false));
            } else if (c == ':') {
                node = valueTail(node, pos++);
            } else if (c == '@') {
                pos++;
                int at = pos;
                if (!startsNumber()) throw error("'@' needs a number (a step weight)", pos);
                Fraction w = exactNumber();
                if (!w.gt(Fraction.ZERO)) throw error("'@' weight must be positive", at);
                step.weight = step.weight.add(w).sub(Fraction.ONE);
            } else if (c == '!') {
                int at = pos++;
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    at = pos;
                    double n = number();
                    if (n != Math.rint(n) || n < 1 || n > MAX_REPS) throw error("'!' needs a whole count from 1 to " + MAX_REPS, at);
                    step.replicate((int) n - 1, at, this);
                } else {
                    step.replicate(1, at, this);
                }
            } else {
                break;
            }
        }
        Step done = new Step(node, step.weight);
        done.reps = step.reps;
        steps.add(done);
    }

    /**
     * {@code x:tail}: every value of x becomes the list [value, tail] (or gets tail appended), as
     * Strudel's {@code bd:3} is ["bd", 3]; a rest as tail ({@code a:~}) silences the step.
     */
    private Node valueTail(Node node, int at) {
        Object tail;
        if (peek(0) == '~') {
            pos++;
            return Node.of(Pattern.silence());
        } else if (startsNumber()) {
            tail = number();
        } else if (Character.isLetter(peek(0))) {
            int start = pos;
            while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
            tail = src.substring(start, pos);
        } else {
            throw error("':' needs a number or a word after it", at + 1);
        }
        if (node.literal() != null) return literal(ListValue.append(node.literal(), tail));
        return Node.of(node.pattern().map(v -> ListValue.append(v, tail)));
    }

    private Node speed(Node node, boolean fast, int at) {
        char c = pos < src.length() ? src.charAt(pos) : '\0';
        if (startsNumber()) {
            int numAt = pos;
            Fraction f = exactNumber();
            if (f.isZero()) throw error("speed factor must not be zero", numAt);
            if (Math.abs(f.toDouble()) > MAX_FACTOR || Math.abs(f.toDouble()) < 1.0 / MAX_FACTOR) {
                throw error("speed factor must be between 1/" + MAX_FACTOR + " and " + MAX_FACTOR, numAt);
            }
            return Node.of(fast ? node.pattern().fast(f) : node.pattern().slow(f));
        }
        if (c == '<' || c == '[') {
            Node factor = term();
            return Node.of(fast ? node.pattern().fast(factor.pattern()) : node.pattern().slow(factor.pattern()));
        }
        throw error("'" + src.charAt(at) + "' needs a number or a [ ] or < > pattern after it", pos);
    }

    private Node euclid(Node node) {
        int open = pos++;
        List<Node> args = new ArrayList<>();
        List<Integer> argAts = new ArrayList<>();
        while (true) {
            skipSpace();
            int argAt = pos;
            argAts.add(argAt);
            List<Step> seq = sequence();
            if (seq.isEmpty()) throw error("empty euclid argument", argAt);
            args.add(seq.size() == 1 ? seq.get(0).node : Node.of(sequencePattern(seq)));
            if (pos >= src.length()) throw error("expected ')' to close the '(' at column " + (open + 1), pos);
            char c = src.charAt(pos++);
            if (c == ')') break;
            if (c != ',') throw error("expected ',' or ')' in euclid arguments but found '" + c + "'", pos - 1);
        }
        if (args.size() < 2 || args.size() > 3) throw error("euclid needs (pulses,steps) or (pulses,steps,rotation)", open);
        Pattern<Object> k = args.get(0).pattern(), n = args.get(1).pattern();
        Pattern<Object> r = args.size() == 3 ? args.get(2).pattern() : Pattern.pure((Object) 0.0);
        Pattern<Object> base = node.pattern();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).literal() instanceof String) throw error("euclid arguments must be numbers", argAts.get(i));
        }
        if (args.get(1).literal() instanceof Double steps && (steps > MAX_EUCLID_STEPS || steps < 0)) {
            throw error("euclid steps must be between 0 and " + MAX_EUCLID_STEPS, argAts.get(1));
        }
        if (args.stream().allMatch(a -> a.literal() instanceof Double)) {
            return Node.of(base.euclid(whole(args.get(0)), whole(args.get(1)), args.size() == 3 ? whole(args.get(2)) : 0));
        }
        // Patterned arguments are only known at query time: out-of-range steps play silence there
        // rather than throwing on the control thread.
        return Node.of(Structure.innerJoin(k.map(kv -> Structure.innerJoin(n.map(nv -> Structure.innerJoin(r.map(rv -> {
            double steps = Values.toDouble(nv);
            if (!(steps >= 0 && steps <= MAX_EUCLID_STEPS)) return Pattern.<Object>silence();
            return base.euclid((int) Values.toDouble(kv), (int) steps, (int) Values.toDouble(rv));
        })))))));
    }

    private static int whole(Node n) {
        return (int) Math.round((Double) n.literal());
    }

    // ---- term: literal, rest, [ ], < > ----

    private Node term() {
        skipSpace();
        if (pos >= src.length()) throw error("expected a value", pos);
        char c = src.charAt(pos);
        int at = pos;
        if (c == '[') {
            pos++;
            return layers(']', false, at);
        }
        if (c == '<') {
            pos++;
            return layers('>', true, at);
        }
        if (c == '~' || (c == '-' && !startsNumber())) {
            pos++;
            return Node.of(Pattern.silence());
        }
        if (startsNumber()) return literal(number());
        if (Character.isLetter(c)) {
            while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
            return literal(src.substring(at, pos));
        }
        if (c == '{') {
            pos++;
            return polymeter(at);
        }
        if (c == '^') throw error("'^' is Strudel mini-notation that Latente does not support (see docs/patterns.md)", pos);
        throw error("unexpected '" + c + "'", pos);
    }

    /**
     * {@code {a b c, d e}}: every layer moves at the step rate of the first (3 steps per cycle
     * here), so the shorter layers drift against it; {@code {a b c}%4} sets 4 steps per cycle.
     */
    private Node polymeter(int openedAt) {
        List<List<Step>> layers = new ArrayList<>();
        while (true) {
            layers.add(sequence());
            if (pos >= src.length()) throw error("expected '}' to close the '{' at column " + (openedAt + 1), pos);
            char c = src.charAt(pos++);
            if (c == '}') break;
            if (c != ',') throw error("expected '}' to close the '{' at column " + (openedAt + 1) + " but found '" + c + "'", pos - 1);
        }
        Fraction base = null;
        Pattern<Object> patternedBase = null;
        if (peek(0) == '%') {
            pos++;
            int at = pos;
            if (peek(0) == '<' || peek(0) == '[') {
                // {a b c}%<2 4>: the steps per cycle follow a pattern, as Strudel allows.
                patternedBase = term().pattern();
            } else {
                if (!startsNumber() || peek(0) == '-') throw error("'%' needs a positive number of steps per cycle", pos);
                base = exactNumber();
                if (base.isZero() || base.toDouble() > MAX_FACTOR) throw error("'%' steps must be between 1/" + MAX_FACTOR + " and " + MAX_FACTOR, at);
            }
        }
        List<Pattern<Object>> out = new ArrayList<>();
        for (List<Step> layer : layers) {
            if (layer.isEmpty()) continue;
            Fraction total = Fraction.ZERO;
            for (Step st : layer) total = total.add(st.weight);
            if (patternedBase != null) {
                double steps = total.toDouble();
                out.add(sequencePattern(layer).fast(patternedBase.map(b -> (Object) (Values.toDouble(b) / steps))));
                continue;
            }
            if (base == null) base = total;
            out.add(sequencePattern(layer).fast(base.div(total)));
        }
        return Node.of(out.isEmpty() ? Pattern.silence() : Structure.stack(out));
    }

    private static Node literal(Object v) {
        return new Node(Pattern.pure(v), v);
    }

    // ---- lexical helpers ----

    private boolean startsNumber() {
        char c = peek(0);
        if (Character.isDigit(c)) return true;
        if (c == '.' && Character.isDigit(peek(1))) return true;
        return c == '-' && (Character.isDigit(peek(1)) || (peek(1) == '.' && Character.isDigit(peek(2))));
    }

    /**
     * Reads -?digits(.digits)?(e[+-]?digits)? as Strudel does ("1e3" is 1000, "1." is 1); a '.'
     * followed by another '.' (as in "0..3") or by a word is left alone.
     */
    private String numberText() {
        int start = pos;
        if (peek(0) == '-') pos++;
        while (Character.isDigit(peek(0))) pos++;
        if (peek(0) == '.' && Character.isDigit(peek(1))) {
            pos++;
            while (Character.isDigit(peek(0))) pos++;
        } else if (peek(0) == '.' && pos > start && Character.isDigit(peek(-1)) && endsNumber(peek(1))) {
            pos++;
        }
        char e = peek(0);
        if ((e == 'e' || e == 'E') && (Character.isDigit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && Character.isDigit(peek(2))))) {
            int expStart = ++pos;
            if (peek(0) == '-' || peek(0) == '+') pos++;
            while (Character.isDigit(peek(0))) pos++;
            if (pos - expStart > 4) throw error("number '" + src.substring(start, pos) + "' has too large an exponent", start);
        }
        return src.substring(start, pos);
    }

    /** What may follow a number that ends in '.' ("1. 2", "[1.]"). */
    private static boolean endsNumber(char c) {
        return c == '\0' || Character.isWhitespace(c) || ",|])>}".indexOf(c) >= 0;
    }

    /** A number as an exact fraction ("0.25" is 1/4); too many digits is a parse error. */
    private Fraction exactNumber() {
        int at = pos;
        String text = numberText();
        try {
            return Fraction.parse(text.indexOf('e') >= 0 || text.indexOf('E') >= 0 ? new java.math.BigDecimal(text).toPlainString() : text);
        } catch (ArithmeticException | NumberFormatException e) {
            throw error("number '" + text + "' has too many digits", at);
        }
    }

    private double number() {
        return Double.parseDouble(numberText());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '#';
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i >= 0 && i < src.length() ? src.charAt(i) : '\0';
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private MiniNotationException error(String reason, int at) {
        return new MiniNotationException(reason, src, at + 1);
    }
}
