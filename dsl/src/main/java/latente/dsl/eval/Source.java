package latente.dsl.eval;

/**
 * Small scans of performer source text for error messages: where a word is written, and which
 * bracket is left open or closes nothing. Strings and comments are skipped, roughly (enough for
 * pointing a caret; the compiler remains the judge).
 */
final class Source {
    private Source() {}

    /** {line, column} (1-based) of the first whole-word {@code word} at or after {@code fromLine}, within 30 lines; or null. */
    static int[] findWord(String code, int fromLine, String word) {
        String[] lines = code.split("\n", -1);
        for (int l = fromLine - 1; l < lines.length && l < fromLine + 29; l++) {
            String text = lines[l];
            int from = 0;
            while (true) {
                int i = text.indexOf(word, from);
                if (i < 0) break;
                int end = i + word.length();
                boolean startOk = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1));
                boolean endOk = end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
                if (startOk && endOk) return new int[] {l + 1, i + 1};
                from = i + 1;
            }
        }
        return null;
    }

    /**
     * The first bracket problem: {line, column, kind} where kind 0 means "opened here and never
     * closed" and 1 means "closes nothing / closes the wrong bracket"; null when balanced.
     */
    static int[] unbalanced(String code) {
        int[] stackLine = new int[256];
        int[] stackCol = new int[256];
        char[] stackChar = new char[256];
        int depth = 0;
        int line = 1;
        int col = 0;
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            col++;
            if (c == '\n') {
                line++;
                col = 0;
                lineComment = false;
                if (quote == '\'' || quote == '"') quote = 0; // an unterminated string: the compiler says so
                continue;
            }
            if (lineComment) continue;
            if (blockComment) {
                if (c == '*' && next == '/') blockComment = false;
                continue;
            }
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                    col++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '/' && next == '/') lineComment = true;
            else if (c == '/' && next == '*') blockComment = true;
            else if (c == '\'' || c == '"') quote = c;
            else if (c == '(' || c == '[' || c == '{') {
                if (depth == stackChar.length) return null;
                stackLine[depth] = line;
                stackCol[depth] = col;
                stackChar[depth++] = c;
            } else if (c == ')' || c == ']' || c == '}') {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (depth == 0 || stackChar[depth - 1] != open) return new int[] {line, col, 1};
                depth--;
            }
        }
        return depth > 0 ? new int[] {stackLine[depth - 1], stackCol[depth - 1], 0} : null;
    }
}
