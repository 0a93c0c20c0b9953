package latente.cli.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import latente.cli.Main;
import org.junit.jupiter.api.Test;

/** {@code latente pattern} run in-process through {@link Main}, as a user would call it. */
class PatternCommandTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsWholeAndPartAsExactFractions() {
        Result r = run("pattern", "a/2 [b c]", "--cycles", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
                "whole       part        value",
                "[0, 1)      [0, 1/2)    a",
                "[1/2, 3/4)  [1/2, 3/4)  b",
                "[3/4, 1)    [3/4, 1)    c",
                "[1/2, 3/2)  [1, 3/2)    a",
                "[3/2, 7/4)  [3/2, 7/4)  b",
                "[7/4, 2)    [7/4, 2)    c",
                ""), r.out());
    }

    @Test
    void jsonHasTheSameData() {
        Result r = run("pattern", "<0.5 moss>", "--cycles", "2", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
                "[",
                "  {\"whole\": [\"0\", \"1\"], \"part\": [\"0\", \"1\"], \"value\": 0.5},",
                "  {\"whole\": [\"1\", \"2\"], \"part\": [\"1\", \"2\"], \"value\": \"moss\"}",
                "]",
                ""), r.out());
    }

    @Test
    void seedMakesRandomnessRepeatable() {
        String a = run("pattern", "a*16?", "--cycles", "4", "--seed", "5").out();
        assertEquals(a, run("pattern", "a*16?", "--cycles", "4", "--seed", "5").out());
        assertTrue(!a.equals(run("pattern", "a*16?", "--cycles", "4", "--seed", "6").out()));
    }

    @Test
    void malformedPatternShowsColumnAndCaretAndExits2() {
        Result r = run("pattern", "a [b c");
        assertEquals(2, r.code());
        assertEquals("latente pattern: expected ']' to close the '[' at column 3, at column 7\n  a [b c\n        ^\n", r.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("pattern", "a", "--cycles", "0").code());
        assertEquals(2, run("pattern", "a", "--seed", "x").code());
        assertEquals(2, run("pattern").code());
        assertTrue(run("pattern", "--help").out().contains("--cycles N"));
    }
}
