package latente.runtime.pattern;

/**
 * A mini-notation string that cannot be read. The message names the problem and the column
 * (1-based) and repeats the string with a caret under the column:
 * <pre>
 * expected ']' to close the '[' at column 1, at column 8
 *   [a b c d
 *          ^
 * </pre>
 */
public final class MiniNotationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String source;
    private final int column;

    public MiniNotationException(String reason, String source, int column) {
        super(reason + ", at column " + column + "\n  " + source + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^");
        this.reason = reason;
        this.source = source;
        this.column = column;
    }

    /** The problem without position, e.g. "unexpected ')'". */
    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    /** 1-based column of the offending character (length + 1 at the end of the string). */
    public int column() {
        return column;
    }
}
