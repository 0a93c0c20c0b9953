package latente.dsl.eval;

/**
 * Hydra (JavaScript) habits that Groovy would reject, rewritten before Groovy parses a block:
 * arrow functions {@code () => Math.sin(time) * 3} become Groovy lambdas
 * {@code () -> Math.sin(time) * 3} (closures, like {@code { Math.sin(time) * 3 }}), and
 * {@code let x = 3} / {@code const x = 3} become {@code def x = 3}.
 *
 * <p>Every rewrite keeps the text's length and line breaks, so the compiler's lines and columns
 * point at the performer's own text, which is what error messages show. Strings and comments are
 * left alone; Groovy's own {@code <=>} and {@code ==>} are not arrows.
 */
final class HydraSyntax {
    private HydraSyntax() {}

    static String rewrite(String code) {
        if (!code.contains("=>") && !code.contains("let") && !code.contains("const")) return code;
        StringBuilder out = new StringBuilder(code);
        int n = code.length();
        int i = 0;
        boolean statementStart = true;
        while (i < n) {
            char c = code.charAt(i);
            char next = i + 1 < n ? code.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = skipTo(code, i, "\n");
                continue;
            }
            if (c == '/' && next == '*') {
                i = skipTo(code, i + 2, "*/") + 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                i = skipString(code, i);
                statementStart = false;
                continue;
            }
            if (c == '=' && next == '>' && (i == 0 || "=<!>".indexOf(code.charAt(i - 1)) < 0)) {
                out.setCharAt(i, '-');
                i += 2;
                statementStart = false;
                continue;
            }
            if (statementStart && Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) end++;
                String word = code.substring(i, end);
                if ((word.equals("let") || word.equals("const")) && declares(code, end)) {
                    out.replace(i, end, "def" + " ".repeat(word.length() - 3));
                }
                i = end;
                statementStart = false;
                continue;
            }
            if (c == '\n' || c == ';' || c == '{' || c == '}') statementStart = true;
            else if (!Character.isWhitespace(c)) statementStart = false;
            i++;
        }
        return out.toString();
    }

    /** Whether {@code let}/{@code const} ending at {@code at} is followed by a name and {@code =}. */
    private static boolean declares(String code, int at) {
        int i = at;
        if (i >= code.length() || !Character.isWhitespace(code.charAt(i))) return false;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
        if (i >= code.length() || !Character.isJavaIdentifierStart(code.charAt(i))) return false;
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) i++;
        while (i < code.length() && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) i++;
        return i < code.length() && code.charAt(i) == '=' && (i + 1 >= code.length() || code.charAt(i + 1) != '=');
    }

    private static int skipTo(String code, int from, String end) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at;
    }

    /** The index after the string starting at {@code start} ('...', "...", and their triple forms). */
    private static int skipString(String code, int start) {
        char q = code.charAt(start);
        String triple = String.valueOf(q).repeat(3);
        if (code.startsWith(triple, start)) return Math.min(code.length(), skipTo(code, start + 3, triple) + 3);
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') i++;
            else if (c == q || c == '\n') return i + 1;
        }
        return code.length();
    }
}
