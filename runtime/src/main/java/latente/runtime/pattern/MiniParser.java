package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent reader of mini-notation (grammar in docs/patterns.md): layers, sequences and
 * terms here; the characters in {@link MiniScanner}, the modifiers after a term in
 * {@link MiniModifiers}, euclid and polymeter in {@link MiniEuclid} and {@link MiniPolymeter},
 * weights and replication in {@link MiniStep}. Builds patterns directly while reading; not
 * thread-safe, one instance per string.
 */
final class MiniParser {
    private final MiniScanner in;
    private final long seed;
    private int randomStreams;

    MiniParser(String src, long seed) {
        this.in = new MiniScanner(src);
        this.seed = seed;
    }

    Pattern<Object> parseAll() {
        MiniTerm t = layers('\0', false, -1);
        if (!in.atEnd()) throw in.error("unexpected '" + in.peek(0) + "'", in.pos());
        return t.pattern();
    }

    long seed() {
        return seed;
    }

    /** Each '?' and each '|' group gets its own random stream, numbered in reading order. */
    int nextRandomStream() {
        return randomStreams++;
    }

    // ---- layers: sequences joined by ',' (stack) or '|' (random choice) ----

    private MiniTerm layers(char close, boolean alternate, int openedAt) {
        List<List<MiniStep>> seqs = new ArrayList<>();
        char joiner = 0;
        while (true) {
            seqs.add(sequence());
            if (in.atEnd()) {
                if (close != '\0') throw in.error("expected '" + close + "' to close the '" + in.charAt(openedAt) + "' at column " + (openedAt + 1), in.pos());
                break;
            }
            char c = in.peek(0);
            if (c == close) {
                in.advance();
                break;
            }
            if (c == ',' || c == '|') {
                if (joiner != 0 && joiner != c) throw in.error("cannot mix ',' and '|' in the same brackets (use [ ] to group)", in.pos());
                joiner = c;
                in.advance();
                continue;
            }
            if (close == '\0') throw in.error("unexpected '" + c + "'", in.pos());
            throw in.error("expected '" + close + "' to close the '" + in.charAt(openedAt) + "' at column " + (openedAt + 1) + " but found '" + c + "'", in.pos());
        }
        List<Pattern<Object>> pats = new ArrayList<>();
        for (List<MiniStep> s : seqs) pats.add(alternate ? MiniStep.alternation(s) : MiniStep.sequence(s));
        if (pats.size() == 1) {
            List<MiniStep> only = seqs.get(0);
            return only.size() == 1 && !alternate ? only.get(0).term : MiniTerm.of(pats.get(0));
        }
        if (joiner == '|') return MiniTerm.of(Chance.randomChoice(pats, seed, 1000 + nextRandomStream()));
        return MiniTerm.of(Structure.stack(pats));
    }

    // ---- sequence: steps, '_' elongation, bare '!' replication, '..' ranges, '.' groups ----

    List<MiniStep> sequence() {
        List<List<MiniStep>> groups = new ArrayList<>();
        List<MiniStep> steps = new ArrayList<>();
        groups.add(steps);
        in.skipSpace();
        while (!in.atEnd() && ",|])>}".indexOf(in.peek(0)) < 0) {
            char c = in.peek(0);
            if (c == '_' && !MiniScanner.isWordChar(in.peek(1))) {
                if (steps.isEmpty()) throw in.error("'_' needs a step before it to lengthen", in.pos());
                steps.get(steps.size() - 1).weight = steps.get(steps.size() - 1).weight.add(Fraction.ONE);
                in.advance();
            } else if (c == '!') {
                if (steps.isEmpty()) throw in.error("'!' needs a step before it to repeat", in.pos());
                steps.get(steps.size() - 1).replicate(1, in.pos(), in);
                in.advance();
            } else if (c == '.' && in.peek(1) == '.') {
                range(steps);
            } else if (c == '.' && !Character.isDigit(in.peek(1))) {
                // "a . b c" groups steps: the same as "[a] [b c]".
                if (steps.isEmpty()) throw in.error("'.' needs steps before it to group", in.pos());
                steps = new ArrayList<>();
                groups.add(steps);
                in.advance();
            } else {
                steps.add(MiniModifiers.step(this, in));
            }
            in.skipSpace();
        }
        if (groups.size() == 1) return MiniStep.expand(steps);
        if (steps.isEmpty()) throw in.error("'.' needs steps after it to group", in.pos());
        List<MiniStep> grouped = new ArrayList<>();
        for (List<MiniStep> g : groups) grouped.add(new MiniStep(MiniStep.asTerm(MiniStep.expand(g))));
        return grouped;
    }

    /** {@code 0 .. 3} is {@code 0 1 2 3}; it replaces the number before it. */
    private void range(List<MiniStep> steps) {
        int at = in.pos();
        in.advance();
        in.advance();
        in.skipSpace();
        if (steps.isEmpty() || steps.get(steps.size() - 1).reps != 1 || !(steps.get(steps.size() - 1).term.literal() instanceof Double from)) {
            throw in.error("'..' needs a number before it", at);
        }
        int toAt = in.pos();
        if (!in.startsNumber()) throw in.error("'..' needs a number after it", in.pos());
        double to = in.number();
        if (from != Math.rint(from) || to != Math.rint(to)) throw in.error("'..' ranges need whole numbers", toAt);
        steps.remove(steps.size() - 1);
        long a = (long) (double) from, b = (long) to;
        if (Math.abs(b - a) > 10_000) throw in.error("range too long (more than 10000 steps)", toAt);
        long dir = b >= a ? 1 : -1;
        for (long v = a; ; v += dir) {
            steps.add(new MiniStep(MiniTerm.literal((double) v)));
            if (v == b) break;
        }
    }

    // ---- term: literal, rest, [ ], < >, { } ----

    MiniTerm term() {
        in.skipSpace();
        if (in.atEnd()) throw in.error("expected a value", in.pos());
        char c = in.peek(0);
        int at = in.pos();
        if (c == '[') {
            in.advance();
            return layers(']', false, at);
        }
        if (c == '<') {
            in.advance();
            return layers('>', true, at);
        }
        if (c == '~' || (c == '-' && !in.startsNumber())) {
            in.advance();
            return MiniTerm.of(Pattern.silence());
        }
        if (in.startsNumber()) return MiniTerm.literal(in.number());
        if (Character.isLetter(c)) return MiniTerm.literal(in.word());
        if (c == '{') {
            in.advance();
            return MiniPolymeter.read(this, in, at);
        }
        if (c == '^') throw in.error("'^' is Strudel mini-notation that Latente does not support (see docs/patterns.md)", in.pos());
        throw in.error("unexpected '" + c + "'", in.pos());
    }
}
