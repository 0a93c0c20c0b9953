package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import latente.cli.Main;
import latente.runtime.json.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Latente's mini-notation against the real Strudel: every case of
 * tests/conformance/strudel/catalogue.txt goes through {@code latente pattern --json} (the command
 * line's own entry point, in process) and through {@code @strudel/mini} (StrudelOracle).
 * Deterministic cases must give the same wholes, parts and values, as multisets, over
 * {@value #EXACT_CYCLES} cycles; '?' and '|' cases the same frequencies of events and of whole
 * cycles over {@value #RANDOM_CYCLES} cycles (EventDistribution states the tolerance); what Latente
 * does not support must be refused with exit code 2 and a message pointing at the column.
 */
class StrudelConformanceTest {
    static final int EXACT_CYCLES = 8;
    static final int RANDOM_CYCLES = 2000;

    record Run(int exitCode, String out, String err) {}

    @TestFactory
    Stream<DynamicTest> latenteGivesStrudelsEvents() throws Exception {
        List<StrudelOracle.Case> cases = StrudelOracle.run(EXACT_CYCLES, RANDOM_CYCLES);
        assertTrue(cases.size() >= 100, "the catalogue has " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.kind() + " " + c.mini(), () -> check(c)));
    }

    /** The in-process entry point above prints what the real command line prints. */
    @Test
    void theCommandLineGivesTheSameJson() throws Exception {
        Cli.Result real = Cli.run("pattern", "bd(3,8,2) a:1 [c d]?", "--cycles", "3", "--json");
        assertEquals(0, real.exitCode(), real.err());
        assertEquals(pattern("bd(3,8,2) a:1 [c d]?", 3).out(), real.out());
        assertTrue(real.out().contains("\"value\": [\"a\", 1]"), real.out());
    }

    private static void check(StrudelOracle.Case c) {
        Run latente = pattern(c.mini(), c.cycles());
        switch (c.kind()) {
            case "exact" -> sameEvents(c, latente);
            case "random" -> sameDistribution(c, latente, true);
            case "random-events" -> sameDistribution(c, latente, false);
            case "random-support" -> sameSupport(c, latente);
            case "unsupported" -> refused(c, latente, false);
            case "invalid" -> refused(c, latente, true);
            case "extension" -> extension(c, latente);
            default -> fail("unknown kind '" + c.kind() + "' in the catalogue");
        }
    }

    private static void sameEvents(StrudelOracle.Case c, Run latente) {
        assertNull(c.error(), "Strudel refused it: " + c.error());
        assertEquals(0, latente.exitCode(), latente.err());
        List<String> expected = sorted(c.events());
        List<String> actual = sorted(events(latente));
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "'" + c.mini() + "' over " + c.cycles() + " cycles:\n  Strudel has, Latente not: "
                + head(missing) + "\n  Latente has, Strudel not: " + head(extra));
    }

    /** Per-event frequencies agree, and with {@code cycles} the frequencies of whole cycles too. */
    private static void sameDistribution(StrudelOracle.Case c, Run latente, boolean cycles) {
        assertNull(c.error(), "Strudel refused it: " + c.error());
        assertEquals(0, latente.exitCode(), latente.err());
        List<String> differences = EventDistribution.differences(new EventDistribution(events(latente), c.cycles()),
                new EventDistribution(c.events(), c.cycles()), cycles);
        assertTrue(differences.isEmpty(), "'" + c.mini() + "' over " + c.cycles() + " cycles:\n  " + head(differences));
    }

    /** The same possible events: each one either side gives, the other gives too (the odds may differ). */
    private static void sameSupport(StrudelOracle.Case c, Run latente) {
        assertNull(c.error(), "Strudel refused it: " + c.error());
        assertEquals(0, latente.exitCode(), latente.err());
        var ours = new EventDistribution(events(latente), c.cycles()).events.keySet();
        var theirs = new EventDistribution(c.events(), c.cycles()).events.keySet();
        assertEquals(theirs, ours, "'" + c.mini() + "': the events that can occur");
    }

    /** Latente's own addition: Strudel refuses it, Latente plays it. */
    private static void extension(StrudelOracle.Case c, Run latente) {
        assertNotNull(c.error(), "Strudel accepts it now: make it a conformance case");
        assertEquals(0, latente.exitCode(), latente.err());
        assertFalse(events(latente).isEmpty(), "no events");
    }

    /** Refused with exit 2 and a located message; {@code byStrudelToo} for strings Strudel refuses as well. */
    private static void refused(StrudelOracle.Case c, Run latente, boolean byStrudelToo) {
        if (byStrudelToo) assertNotNull(c.error(), "Strudel accepted it");
        else assertNull(c.error(), "Strudel refused it, so it is not a Strudel feature Latente lacks: " + c.error());
        assertEquals(2, latente.exitCode(), "exit code; stdout: " + latente.out());
        assertTrue(latente.err().startsWith("latente pattern: ") && latente.err().contains("at column ") && latente.err().contains("^"),
                latente.err());
    }

    static Run pattern(String mini, int cycles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("pattern", mini, "--cycles", Integer.toString(cycles), "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> events(Run run) {
        return (List<Map<String, Object>>) Json.parse(run.out());
    }

    private static List<String> sorted(List<Map<String, Object>> events) {
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> e : events) keys.add(EventKeys.exact(e));
        Collections.sort(keys);
        return keys;
    }

    private static String head(List<String> lines) {
        if (lines.isEmpty()) return "(none)";
        List<String> shown = lines.subList(0, Math.min(8, lines.size()));
        return String.join("\n    ", shown) + (lines.size() > shown.size() ? "\n    ... " + (lines.size() - shown.size()) + " more" : "");
    }
}
