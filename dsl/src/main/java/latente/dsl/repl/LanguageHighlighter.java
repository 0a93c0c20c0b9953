package latente.dsl.repl;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latente.dsl.lang.Words;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Syntax colours while typing: language words and vocabulary functions, numbers, text, comments,
 * Groovy keywords and REPL commands. A small tokenizer, not a parser: it must be fast enough to
 * run on every key press and never fail on half-typed code.
 */
final class LanguageHighlighter implements Highlighter {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment>//[^\\n]*|/\\*(?s:.*?)(\\*/|$))|(?<text>'(\\\\.|[^'\\\\\\n])*'?|\"(\\\\.|[^\"\\\\\\n])*\"?)"
                    + "|(?<number>\\b\\d+(\\.\\d+)?\\b)|(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<command>^:[a-z]+)");
    private static final Set<String> KEYWORDS = Set.of("def", "if", "else", "for", "while", "return", "in", "true",
            "false", "null", "new", "var");
    static final AttributedStyle WORD = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle VALUE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle TEXT = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
    static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder(buffer.length() + 32);
        Matcher m = TOKEN.matcher(buffer);
        int last = 0;
        while (m.find()) {
            out.append(buffer, last, m.start());
            out.styled(style(m), m.group());
            last = m.end();
        }
        out.append(buffer, last, buffer.length());
        return out.toAttributedString();
    }

    private static AttributedStyle style(Matcher m) {
        if (m.group("comment") != null) return COMMENT;
        if (m.group("text") != null) return TEXT;
        if (m.group("number") != null) return NUMBER;
        if (m.group("command") != null) return KEYWORD.bold();
        String name = m.group("name");
        if (KEYWORDS.contains(name)) return KEYWORD;
        Words.Word w = Words.find(name);
        if (w == null) return AttributedStyle.DEFAULT;
        return w.function() ? WORD : VALUE;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are printed below the block, not marked inside it
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // as above
    }
}
