package latente.dsl.sandbox;

/** Performer code that reaches for something a set may not use; carries where, for the caret. */
public final class SandboxViolation extends SecurityException {
    private final int line;
    private final int column;

    SandboxViolation(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line in the performer's code; 0 when unknown (a run-time refusal). */
    public int line() {
        return line;
    }

    /** 1-based column; 0 when unknown. */
    public int column() {
        return column;
    }
}
