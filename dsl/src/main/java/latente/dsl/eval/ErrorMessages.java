package latente.dsl.eval;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import latente.dsl.lang.LanguageException;
import latente.dsl.lang.Suggestions;
import latente.dsl.lang.Words;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import latente.dsl.sandbox.SandboxViolation;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Turns Groovy's failures into messages a performer reads in one glance: {@code file:line:col},
 * the line itself with a caret, and a suggestion where one helps. Never Groovy internals.
 */
public final class ErrorMessages {
    private ErrorMessages() {}

    static String compile(Throwable t, String code, String origin) {
        int[] bracket = Source.unbalanced(code);
        if (bracket != null) {
            char b = code.split("\n", -1)[bracket[0] - 1].charAt(bracket[1] - 1);
            String closer = b == '(' ? ")" : b == '[' ? "]" : "}";
            String message = bracket[2] == 0
                    ? "this '" + b + "' is never closed - a '" + closer + "' is missing"
                    : "this '" + b + "' closes nothing that is open here - remove it or add the bracket it should close";
            return located(origin, bracket[0], bracket[1], message, code);
        }
        if (t instanceof MultipleCompilationErrorsException m && m.getErrorCollector().getErrorCount() > 0) {
            Message first = m.getErrorCollector().getError(0);
            if (first instanceof ExceptionMessage em && em.getCause() instanceof SandboxViolation v) {
                return located(origin, v.line(), v.column(), v.getMessage(), code);
            }
            if (first instanceof ExceptionMessage em && em.getCause() instanceof SecurityException se) {
                return origin + ": " + se.getMessage() + " (sets run in a sandbox: see docs/language.md, or start with --trust-set)";
            }
            if (first instanceof SyntaxErrorMessage s) {
                SyntaxException e = s.getCause();
                String message = clean(e.getOriginalMessage());
                if (message.startsWith("Unexpected character: '\\''") || message.startsWith("Unexpected character: '\"'")) {
                    message = "this text is never closed - add the closing quote";
                }
                return located(origin, e.getLine(), e.getStartColumn(), message, code);
            }
        }
        return origin + ": " + t.getMessage();
    }

    /** An evaluation the engine stopped ({@code message} says why), at the line it was running. */
    static String stopped(Throwable t, String code, String origin, String message) {
        return located(origin, lineOf(t, origin), 0, message, code);
    }

    static String runtime(Throwable t, String code, String origin, boolean timedOut, long limitMillis) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof LanguageException)) {
            cause = cause.getCause();
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SandboxViolation v) return located(origin, lineOf(t, origin), 0, v.getMessage(), code);
        }
        if (cause instanceof LanguageException l) {
            return locatedWord(origin, l.site().line(), l.word(), l.getMessage(), code);
        }
        int line = lineOf(t, origin);
        String message;
        String word = null;
        if (timedOut) {
            message = "evaluation stopped after " + limitMillis / 1000.0
                    + " s (an endless loop?); the show goes on with the previous code";
        } else if (t instanceof MissingPropertyException p) {
            message = Suggestions.unknownName(p.getProperty());
            word = p.getProperty();
        } else if (t instanceof MissingMethodException mm) {
            message = Suggestions.unknownCall(mm.getMethod(), mm.getArguments());
            word = mm.getMethod();
        } else if (t instanceof StackOverflowError) {
            message = "the code calls itself without end (stack overflow)";
        } else if (t instanceof OutOfMemoryError) {
            message = "out of memory (" + t.getMessage() + "); nothing was changed";
        } else if (t instanceof IllegalArgumentException && t.getMessage() != null) {
            message = t.getMessage().lines().findFirst().orElse(""); // our own checks say what is wrong in words
        } else {
            String m = t.getMessage();
            message = t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
        }
        return locatedWord(origin, line, word, message, code);
    }

    /**
     * Groovy numbers a chain spread over several lines with the line where it starts; when the
     * word at fault is known, point at the line and column where it is actually written.
     */
    static String locatedWord(String origin, int line, String word, String message, String code) {
        int[] at = word == null ? null : Source.findWord(code, Math.max(line, 1), word);
        return at == null ? located(origin, line, 0, message, code) : located(origin, at[0], at[1], message, code);
    }

    private static int lineOf(Throwable t, String origin) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (origin.equals(e.getFileName()) && e.getLineNumber() > 0) return e.getLineNumber();
            }
            if (c.getCause() == c) break;
        }
        return 0;
    }

    /** {@code origin:line:col: message}, then the source line and a caret under the column. */
    static String located(String origin, int line, int column, String message, String code) {
        StringBuilder s = new StringBuilder(origin);
        if (line > 0) s.append(':').append(line);
        if (line > 0 && column > 0) s.append(':').append(column);
        s.append(": ").append(message);
        String[] lines = code.split("\n", -1);
        if (line > 0 && line <= lines.length) {
            String text = lines[line - 1].stripTrailing();
            s.append("\n    ").append(text);
            if (column > 0) s.append("\n    ").append(" ".repeat(Math.max(0, column - 1))).append('^');
        }
        return s.toString();
    }

    /** Groovy's parser messages carry "@ line x, column y." — we print those ourselves. */
    private static String clean(String message) {
        int at = message.lastIndexOf(" @ line ");
        String m = at > 0 ? message.substring(0, at) : message;
        return m.strip();
    }
}
