package latente.runtime.pattern;

/**
 * Tidal/Strudel mini-notation: {@code "<moss ember>/4"}, {@code "bd(3,8) [~ sn]*2"} and so on,
 * read into a {@link Pattern}. Values are {@link Double} for numbers and {@link String} for words.
 * Grammar and semantics: docs/patterns.md.
 *
 * <p>Randomness ({@code ?}, {@code |}) is a pure function of the seed and of time, so the same
 * string and seed always give the same events. Each {@code ?} and each {@code |} group gets its
 * own stream (numbered in reading order).
 */
public final class MiniNotation {
    private MiniNotation() {}

    /** Parses with seed 0. Throws {@link MiniNotationException} (unchecked) for malformed input. */
    public static Pattern<Object> parse(String source) {
        return parse(source, 0);
    }

    public static Pattern<Object> parse(String source, long seed) {
        return new MiniParser(source, seed).parseAll();
    }
}
