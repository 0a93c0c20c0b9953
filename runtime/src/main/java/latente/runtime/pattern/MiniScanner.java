package latente.runtime.pattern;

/**
 * The characters of one mini-notation string and the reading position: whitespace, numbers (read
 * as Strudel reads them), words, and errors that point at a column. Not thread-safe: one per
 * string, driven by {@link MiniParser}.
 */
final class MiniScanner {
    private final String src;
    private int pos;

    MiniScanner(String src) {
        this.src = src;
    }

    int pos() {
        return pos;
    }

    boolean atEnd() {
        return pos >= src.length();
    }

    /** The character {@code ahead} of the position, or '\0' outside the string. */
    char peek(int ahead) {
        int i = pos + ahead;
        return i >= 0 && i < src.length() ? src.charAt(i) : '\0';
    }

    /** The character at column {@code i + 1} (for messages about an opening bracket). */
    char charAt(int i) {
        return src.charAt(i);
    }

    /** Moves past the current character; returns where it was. */
    int advance() {
        return pos++;
    }

    void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    boolean startsNumber() {
        char c = peek(0);
        if (Character.isDigit(c)) return true;
        if (c == '.' && Character.isDigit(peek(1))) return true;
        return c == '-' && (Character.isDigit(peek(1)) || (peek(1) == '.' && Character.isDigit(peek(2))));
    }

    /** A number as an exact fraction ("0.25" is 1/4); too many digits is a parse error. */
    Fraction exactNumber() {
        int at = pos;
        String text = numberText();
        try {
            return Fraction.parse(text.indexOf('e') >= 0 || text.indexOf('E') >= 0 ? new java.math.BigDecimal(text).toPlainString() : text);
        } catch (ArithmeticException | NumberFormatException e) {
            throw error("number '" + text + "' has too many digits", at);
        }
    }

    double number() {
        return Double.parseDouble(numberText());
    }

    /** Letters, digits, '_' and '#' from the position on (a word starts with a letter). */
    String word() {
        int start = pos;
        while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
        return src.substring(start, pos);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '#';
    }

    /** An error at index {@code at} of the string (reported as column at + 1). */
    MiniNotationException error(String reason, int at) {
        return new MiniNotationException(reason, src, at + 1);
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
}
