package latente.dsl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** When Enter sends a block, and which colours the REPL gives to what the performer types. */
class BlockParserAndHighlighterTest {
    @Test
    void enterSendsOnAnEmptyLineOrForACommand() {
        assertFalse(BlockParser.complete("osc(10).out(o1)"), "Enter after code starts a new line");
        assertFalse(BlockParser.complete("osc(10)\n  .out(o1)"));
        assertTrue(BlockParser.complete("osc(10)\n  .out(o1)\n"), "Enter on the empty line sends");
        assertTrue(BlockParser.complete("osc(10)\n  .out(o1)\n   "), "a line of spaces counts as empty");
        assertTrue(BlockParser.complete(":tempo 128"));
        assertTrue(BlockParser.complete(""));
    }

    private static AttributedStyle styleAt(AttributedString s, String text, String token) {
        return s.styleAt(text.indexOf(token));
    }

    @Test
    void wordsNumbersTextAndCommentsHaveTheirColours() {
        String text = "osc(10, 0.1).kaleid(4).out(o1) // 'stripes'\ndef x = 'moss'";
        AttributedString s = new LanguageHighlighter().highlight(null, text);
        assertEquals(text, s.toString());
        assertEquals(LanguageHighlighter.WORD, styleAt(s, text, "osc"));
        assertEquals(LanguageHighlighter.WORD, styleAt(s, text, "kaleid"));
        assertEquals(LanguageHighlighter.NUMBER, styleAt(s, text, "0.1"));
        assertEquals(LanguageHighlighter.VALUE, styleAt(s, text, "o1"));
        assertEquals(LanguageHighlighter.COMMENT, styleAt(s, text, "'stripes'"));
        assertEquals(LanguageHighlighter.KEYWORD, styleAt(s, text, "def"));
        assertEquals(LanguageHighlighter.TEXT, styleAt(s, text, "'moss'"));
        assertEquals(AttributedStyle.DEFAULT, styleAt(s, text, "x ="));
    }
}
