package latente.runtime.osc;

import java.util.ArrayList;
import java.util.List;

/**
 * An OSC 1.0 address pattern: {@code ?} one character, {@code *} any run of characters,
 * {@code [abc]}, {@code [a-z]} and {@code [!a-z]} one character of (or not of) a set,
 * {@code {foo,bar}} one of the strings. No wildcard matches '/', so parts of the address line up.
 *
 * <p>How: braces are expanded when compiling (at most {@link #MAX_ALTERNATIVES} variants); each
 * variant is a token array matched by the classic greedy star-backtracking loop, which takes
 * time proportional to pattern × address in the worst case and never recurses, so a hostile
 * incoming pattern cannot blow the stack or the CPU. Immutable and thread-safe; matching does
 * not allocate.
 */
public final class AddressPattern {
    public static final int MAX_ALTERNATIVES = 256;
    public static final int MAX_GROUPS = 16;
    private static final int LITERAL = 0, ANY = 1, STAR = 2, SET = 3;

    private final String source;
    private final String literal;
    private final Variant[] variants;

    private record Variant(int[] kinds, char[] chars, boolean[][] sets) {}

    private AddressPattern(String source, String literal, Variant[] variants) {
        this.source = source;
        this.literal = literal;
        this.variants = variants;
    }

    /** True when {@code s} contains OSC pattern characters ({@code ? * [ ] { }}). */
    public static boolean isPattern(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c == '*' || c == '[' || c == ']' || c == '{' || c == '}') return true;
        }
        return false;
    }

    /** Compiles {@code pattern}; throws IllegalArgumentException with the reason when it is invalid. */
    public static AddressPattern compile(String pattern) {
        if (pattern.isEmpty() || pattern.charAt(0) != '/') {
            throw new IllegalArgumentException("an OSC address pattern starts with '/': '" + pattern + "'");
        }
        if (!isPattern(pattern)) return new AddressPattern(pattern, pattern, null);
        long groups = pattern.chars().filter(c -> c == '{').count();
        if (groups > MAX_GROUPS) throw new IllegalArgumentException("more than " + MAX_GROUPS + " {} groups in '" + pattern + "'");
        List<String> expanded = new ArrayList<>();
        expand(pattern, expanded);
        Variant[] variants = new Variant[expanded.size()];
        for (int i = 0; i < variants.length; i++) variants[i] = tokenize(expanded.get(i), pattern);
        return new AddressPattern(pattern, null, variants);
    }

    public String source() {
        return source;
    }

    /** True when this pattern has no wildcards (it is a plain address). */
    public boolean isLiteral() {
        return literal != null;
    }

    public boolean matches(String address) {
        if (literal != null) return literal.equals(address);
        for (Variant v : variants) {
            if (matches(v, address)) return true;
        }
        return false;
    }

    private static boolean matches(Variant v, String s) {
        int[] kinds = v.kinds;
        int p = 0, i = 0, starP = -1, starI = 0;
        int n = s.length(), m = kinds.length;
        while (i < n) {
            char c = s.charAt(i);
            if (p < m && kinds[p] == STAR) {
                starP = ++p;
                starI = i;
            } else if (p < m && one(v, p, c)) {
                p++;
                i++;
            } else if (starP >= 0 && s.charAt(starI) != '/') {
                p = starP;
                i = ++starI;
            } else {
                return false;
            }
        }
        while (p < m && kinds[p] == STAR) p++;
        return p == m;
    }

    private static boolean one(Variant v, int p, char c) {
        switch (v.kinds[p]) {
            case LITERAL: return v.chars[p] == c;
            case ANY: return c != '/';
            case SET: return c < 128 && v.sets[p][c];
            default: return false;
        }
    }

    /** Expands the first {a,b} group and recurses on each result. */
    private static void expand(String pattern, List<String> out) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            if (pattern.indexOf('}') >= 0) throw new IllegalArgumentException("'}' without '{' in '" + pattern + "'");
            if (out.size() >= MAX_ALTERNATIVES) throw new IllegalArgumentException("more than " + MAX_ALTERNATIVES + " alternatives in '" + pattern + "'");
            out.add(pattern);
            return;
        }
        int close = pattern.indexOf('}', open);
        if (close < 0) throw new IllegalArgumentException("unclosed '{' in '" + pattern + "'");
        String inside = pattern.substring(open + 1, close);
        if (inside.indexOf('{') >= 0 || inside.indexOf('/') >= 0) {
            throw new IllegalArgumentException("'{' alternatives cannot contain '{' or '/' in '" + pattern + "'");
        }
        String head = pattern.substring(0, open);
        String tail = pattern.substring(close + 1);
        int from = 0;
        while (true) {
            int comma = inside.indexOf(',', from);
            String alt = comma < 0 ? inside.substring(from) : inside.substring(from, comma);
            expand(head + alt + tail, out);
            if (comma < 0) break;
            from = comma + 1;
        }
    }

    private static Variant tokenize(String p, String original) {
        int n = p.length();
        int[] kinds = new int[n];
        char[] chars = new char[n];
        boolean[][] sets = new boolean[n][];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '*') {
                if (m > 0 && kinds[m - 1] == STAR) continue;
                kinds[m++] = STAR;
            } else if (c == '?') {
                kinds[m++] = ANY;
            } else if (c == '[') {
                int close = p.indexOf(']', i + 1);
                if (close < 0) throw new IllegalArgumentException("unclosed '[' in '" + original + "'");
                sets[m] = set(p, i + 1, close, original);
                kinds[m++] = SET;
                i = close;
            } else if (c == ']') {
                throw new IllegalArgumentException("']' without '[' in '" + original + "'");
            } else {
                chars[m] = c;
                kinds[m++] = LITERAL;
            }
        }
        return new Variant(java.util.Arrays.copyOf(kinds, m), java.util.Arrays.copyOf(chars, m), java.util.Arrays.copyOf(sets, m));
    }

    /** The characters of {@code [from, to)} inside brackets: ranges, a leading '!' negates. */
    private static boolean[] set(String p, int from, int to, String original) {
        boolean negate = from < to && p.charAt(from) == '!';
        if (negate) from++;
        boolean[] in = new boolean[128];
        for (int i = from; i < to; i++) {
            char c = p.charAt(i);
            if (i + 2 < to && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                if (hi < c) throw new IllegalArgumentException("range " + c + "-" + hi + " runs backwards in '" + original + "'");
                for (char x = c; x <= hi && x < 128; x++) in[x] = true;
                i += 2;
            } else if (c < 128) {
                in[c] = true;
            }
        }
        if (negate) {
            for (int x = 0; x < 128; x++) in[x] = !in[x];
        }
        in['/'] = false;
        return in;
    }

    @Override
    public String toString() {
        return source;
    }
}
