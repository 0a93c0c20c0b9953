package latente.dsl.lang;

/**
 * Where in the performer's code a language word was called: the set file (or REPL block) name
 * and line, read from the stack of the evaluating thread. Used to point errors at set-file lines.
 */
public record CallSite(String origin, int line) {
    public static CallSite find(String origin) {
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            if (origin.equals(e.getFileName()) && e.getLineNumber() > 0) return new CallSite(origin, e.getLineNumber());
        }
        return new CallSite(origin, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? origin + ":" + line : origin;
    }
}
