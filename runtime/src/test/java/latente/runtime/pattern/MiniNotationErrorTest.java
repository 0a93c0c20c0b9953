package latente.runtime.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Malformed strings are rejected with the reason, the 1-based column and a caret line. */
class MiniNotationErrorTest {
    @Test
    void messageShowsTheStringAndACaretUnderTheColumn() {
        MiniNotationException e = assertThrows(MiniNotationException.class, () -> MiniNotation.parse("[a b"));
        assertEquals(5, e.column());
        assertEquals("expected ']' to close the '[' at column 1, at column 5\n  [a b\n      ^", e.getMessage());
    }

    @Test
    void caretPointsAtAStrayCharacter() {
        MiniNotationException e = assertThrows(MiniNotationException.class, () -> MiniNotation.parse("a b $ c"));
        assertEquals("unexpected '$', at column 5\n  a b $ c\n      ^", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a ];                 3; unexpected ']'",
        "<a b;                5; expected '>' to close the '<' at column 1",
        "[a b>;               5; expected ']' to close the '[' at column 1 but found '>'",
        "a, b | c;            6; cannot mix ',' and '|' in the same brackets (use [ ] to group)",
        "a*;                  3; '*' needs a number or a [ ] or < > pattern after it",
        "a/x;                 3; '/' needs a number or a [ ] or < > pattern after it",
        "a*0;                 3; speed factor must not be zero",
        "a(3);                2; euclid needs (pulses,steps) or (pulses,steps,rotation)",
        "bd(3,8;              7; expected ')' to close the '(' at column 3",
        "bd(3,,8);            6; empty euclid argument",
        "a@;                  3; '@' needs a number (a step weight)",
        "a@0;                 3; '@' weight must be positive",
        "a?2;                 3; '?' probability must be between 0 and 1",
        "..3;                 1; '..' needs a number before it",
        "a .. 3;              3; '..' needs a number before it",
        "1 .. b;              6; '..' needs a number after it",
        "1.5 .. 3;            8; '..' ranges need whole numbers",
        ". a;                 1; '.' needs steps before it to group",
        "a b .;               6; '.' needs steps after it to group",
        "_ a;                 1; '_' needs a step before it to lengthen",
        "! a;                 1; '!' needs a step before it to repeat",
        "a!0;                 3; '!' needs a whole count from 1 to 10000",
        "{a b;                5; expected '}' to close the '{' at column 1",
        "{a b]c;              5; expected '}' to close the '{' at column 1 but found ']'",
        "{a b}%;              7; '%' needs a positive number of steps per cycle",
        "a*100000;            3; speed factor must be between 1/10000 and 10000",
        "a@0.12345678901234567890; 3; number '0.12345678901234567890' has too many digits",
        "bd(x,8);             4; euclid arguments must be numbers",
        "bd(3, 5000);         7; euclid steps must be between 0 and 4096",
    })
    void rejections(String mini, int column, String reason) {
        MiniNotationException e = assertThrows(MiniNotationException.class, () -> MiniNotation.parse(mini));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        String[] lines = e.getMessage().split("\n");
        assertEquals("  " + mini, lines[1]);
        assertEquals("  " + " ".repeat(column - 1) + "^", lines[2]);
    }
}
