package latente.runtime.pattern;

/**
 * A parsed mini-notation term: its pattern, and its literal value when it is a bare number or
 * word (ranges, euclid arguments and {@code x:tail} need to see the literal).
 */
record MiniTerm(Pattern<Object> pattern, Object literal) {
    static MiniTerm of(Pattern<Object> p) {
        return new MiniTerm(p, null);
    }

    static MiniTerm literal(Object v) {
        return new MiniTerm(Pattern.pure(v), v);
    }
}
