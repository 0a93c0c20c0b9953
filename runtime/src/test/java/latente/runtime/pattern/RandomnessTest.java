package latente.runtime.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** '?' and '|' are seeded: the same seed gives the same events, other seeds other events. */
class RandomnessTest {
    private static String events(String mini, long seed, int cycles) {
        return Ev.lines(MiniNotation.parse(mini, seed).queryArc(Fraction.ZERO, Fraction.of(cycles)));
    }

    @Test
    void degradeIsDeterministicForASeed() {
        assertEquals(events("a*8?", 7, 32), events("a*8?", 7, 32));
        assertNotEquals(events("a*8?", 7, 32), events("a*8?", 8, 32));
    }

    @Test
    void degradeKeepsASubsetOfTheUndegradedEvents() {
        List<Event<Object>> all = MiniNotation.parse("a*8").queryArc(0, 50);
        List<Event<Object>> kept = MiniNotation.parse("a*8?", 3).queryArc(0, 50);
        assertTrue(all.containsAll(kept));
        // Half removed on average: 400 events, expect about 200 (a fair coin stays within 150..250).
        assertTrue(kept.size() > 150 && kept.size() < 250, "kept " + kept.size());
    }

    @Test
    void degradeProbabilityIsTheChanceOfRemoval() {
        int kept = MiniNotation.parse("a*8?0.2", 5).queryArc(0, 50).size();
        assertTrue(kept > 280 && kept < 360, "kept " + kept + " of 400 at removal probability 0.2");
    }

    @Test
    void separateQuestionMarksAreIndependent() {
        // With one shared stream "a? b?" would keep a and b together every cycle.
        String s = events("a? b?", 1, 64);
        int together = 0, alone = 0;
        for (int c = 0; c < 64; c++) {
            List<Event<Object>> cyc = MiniNotation.parse("a? b?", 1).queryArc(c, c + 1);
            if (cyc.size() == 1) alone++;
            if (cyc.size() == 2) together++;
        }
        assertTrue(alone > 10 && together > 5, s);
    }

    @Test
    void randomChoicePicksOneWholeLayerPerCycleDeterministically() {
        Pattern<Object> p = MiniNotation.parse("[a b | c d | e f]", 11);
        int[] counts = new int[3];
        for (int c = 0; c < 90; c++) {
            List<Event<Object>> cyc = p.queryArc(c, c + 1);
            assertEquals(2, cyc.size());
            String pair = "" + cyc.get(0).value + cyc.get(1).value;
            assertTrue(List.of("ab", "cd", "ef").contains(pair), pair);
            assertEquals(TimeSpan.of(c * 2, 2, c * 2 + 1, 2), cyc.get(0).whole);
            counts["ace".indexOf(pair.charAt(0))]++;
        }
        for (int n : counts) assertTrue(n > 15, "each choice appears: " + java.util.Arrays.toString(counts));
        assertEquals(events("a | b | c", 11, 40), events("a | b | c", 11, 40));
        assertNotEquals(events("a | b | c", 11, 40), events("a | b | c", 12, 40));
    }

    @Test
    void aQueryOfOneCycleAgreesWithALongQuery() {
        // Purity: the result for cycle 5 must not depend on how the query was cut.
        Pattern<Object> p = MiniNotation.parse("<a b>? [c | d e]*2", 4);
        List<Event<Object>> longQuery = p.queryArc(0, 8);
        List<Event<Object>> cycle5 = p.queryArc(5, 6);
        List<Event<Object>> fromLong = longQuery.stream().filter(e -> e.part.begin.floorLong() == 5).toList();
        assertEquals(Ev.lines(fromLong), Ev.lines(cycle5));
    }
}
