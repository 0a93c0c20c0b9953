package latente.bench.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import latente.bench.pattern.PatternBench;
import latente.cli.Main;
import org.junit.jupiter.api.Test;

/** {@code latente bench patterns} runs and prints one row of figures per pattern (no timing asserted). */
class PatternBenchCommandTest {
    @Test
    void printsARowPerPattern() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("bench", "patterns", "--frames", "1000"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        for (String mini : PatternBench.PATTERNS) {
            String row = text.lines().filter(l -> l.startsWith("'" + mini + "'")).findFirst().orElse("");
            String[] numbers = row.substring(Math.min(row.length(), mini.length() + 2)).trim().split("\\s+");
            assertEquals(6, numbers.length, "row for " + mini + " in:\n" + text);
            for (String n : numbers) assertTrue(Long.parseLong(n) > 0, row);
        }
    }
}
