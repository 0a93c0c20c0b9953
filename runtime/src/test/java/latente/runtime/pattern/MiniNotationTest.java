package latente.runtime.pattern;

import static latente.runtime.pattern.Ev.ev;
import static latente.runtime.pattern.Ev.expectMini;
import static latente.runtime.pattern.Ev.frag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mini-notation catalogue: every expected event below was worked out by hand. */
class MiniNotationTest {
    @Test
    void sequenceDividesTheCycleEvenly() {
        expectMini("a b c", 2,
                ev("0", "1/3", "a"), ev("1/3", "2/3", "b"), ev("2/3", "1", "c"),
                ev("1", "4/3", "a"), ev("4/3", "5/3", "b"), ev("5/3", "2", "c"));
    }

    @Test
    void subsequencesSubdivideTheirStep() {
        expectMini("a [b c]", 1, ev("0", "1/2", "a"), ev("1/2", "3/4", "b"), ev("3/4", "1", "c"));
        expectMini("[a b] [c [d e]]", 1,
                ev("0", "1/4", "a"), ev("1/4", "1/2", "b"), ev("1/2", "3/4", "c"),
                ev("3/4", "7/8", "d"), ev("7/8", "1", "e"));
    }

    @Test
    void alternationPlaysOneStepPerCycle() {
        expectMini("<a b c>", 4, ev("0", "1", "a"), ev("1", "2", "b"), ev("2", "3", "c"), ev("3", "4", "a"));
        expectMini("a <b c>", 2, ev("0", "1/2", "a"), ev("1/2", "1", "b"), ev("1", "3/2", "a"), ev("3/2", "2", "c"));
    }

    @Test
    void nestedAlternationAdvancesOnlyWhenVisited() {
        expectMini("<a <b c>>", 4, ev("0", "1", "a"), ev("1", "2", "b"), ev("2", "3", "a"), ev("3", "4", "c"));
    }

    @Test
    void alternationWithWeightsAndReplication() {
        expectMini("<a!2 b>", 3, ev("0", "1", "a"), ev("1", "2", "a"), ev("2", "3", "b"));
        expectMini("<a b@2>", 3, ev("0", "1", "a"), ev("1", "3", "b"));
    }

    @Test
    void stackedAlternationsCountTheirOwnSteps() {
        expectMini("<a b, c d e>", 3,
                ev("0", "1", "a"), ev("0", "1", "c"),
                ev("1", "2", "b"), ev("1", "2", "d"),
                ev("2", "3", "a"), ev("2", "3", "e"));
    }

    @Test
    void fastRepeatsInsideTheStep() {
        expectMini("a*2 b", 1, ev("0", "1/4", "a"), ev("1/4", "1/2", "a"), ev("1/2", "1", "b"));
        expectMini("<a b>*2", 1, ev("0", "1/2", "a"), ev("1/2", "1", "b"));
    }

    @Test
    void fractionalFastLeavesAFragment() {
        // fast 3/2: wholes of 2/3; the second one is cut by the end of the cycle.
        expectMini("a*1.5", 1, ev("0", "2/3", "a"), frag("2/3", "4/3", "2/3", "1", "a"));
    }

    @Test
    void slowStretchesOverCycles() {
        expectMini("a/2", 2, ev("0", "2", "a"));
        expectMini("<a b>/2", 4, ev("0", "2", "a"), ev("2", "4", "b"));
    }

    @Test
    void slowStepInsideASequenceIsCutIntoItsSlot() {
        // Cycle 1 plays the second half of "a/2": its whole starts before the slot (no onset).
        expectMini("a/2 b", 2,
                frag("0", "1", "0", "1/2", "a"), ev("1/2", "1", "b"),
                frag("1/2", "3/2", "1", "3/2", "a"), ev("3/2", "2", "b"));
    }

    @Test
    void patternedSpeedChangesPerCycle() {
        expectMini("a*<2 3>", 2,
                ev("0", "1/2", "a"), ev("1/2", "1", "a"),
                ev("1", "4/3", "a"), ev("4/3", "5/3", "a"), ev("5/3", "2", "a"));
        // First half at speed 2, second half at speed 3: the 3-grid event across 1/2 is a fragment.
        expectMini("a*[2 3]", 1, ev("0", "1/2", "a"), frag("1/3", "2/3", "1/2", "2/3", "a"), ev("2/3", "1", "a"));
    }

    @Test
    void elongationWeightsSteps() {
        expectMini("a@3 b", 1, ev("0", "3/4", "a"), ev("3/4", "1", "b"));
        expectMini("a@1.5 b", 1, ev("0", "3/5", "a"), ev("3/5", "1", "b"));
        expectMini("a _ _ b", 1, ev("0", "3/4", "a"), ev("3/4", "1", "b"));
    }

    @Test
    void replicationAddsSteps() {
        expectMini("a!3 b", 1, ev("0", "1/4", "a"), ev("1/4", "1/2", "a"), ev("1/2", "3/4", "a"), ev("3/4", "1", "b"));
        expectMini("a ! ! b", 1, ev("0", "1/4", "a"), ev("1/4", "1/2", "a"), ev("1/2", "3/4", "a"), ev("3/4", "1", "b"));
        expectMini("a! b", 1, ev("0", "1/3", "a"), ev("1/3", "2/3", "a"), ev("2/3", "1", "b"));
    }

    @Test
    void restsAreSilentSteps() {
        expectMini("a ~ b ~", 1, ev("0", "1/4", "a"), ev("1/2", "3/4", "b"));
        expectMini("a - b", 1, ev("0", "1/3", "a"), ev("2/3", "1", "b"));
        expectMini("~", 1);
        expectMini("", 1);
        expectMini("[]", 1);
    }

    @Test
    void commaStacksLayers() {
        expectMini("a, b c", 1, ev("0", "1", "a"), ev("0", "1/2", "b"), ev("1/2", "1", "c"));
        expectMini("[a, b] c", 1, ev("0", "1/2", "a"), ev("0", "1/2", "b"), ev("1/2", "1", "c"));
    }

    @Test
    void euclideanRhythms() {
        expectMini("bd(3,8)", 1, ev("0", "1/8", "bd"), ev("3/8", "1/2", "bd"), ev("3/4", "7/8", "bd"));
        expectMini("bd(5,8)", 1,
                ev("0", "1/8", "bd"), ev("1/4", "3/8", "bd"), ev("3/8", "1/2", "bd"),
                ev("5/8", "3/4", "bd"), ev("3/4", "7/8", "bd"));
        // As Strudel: every pulse 2 steps later, x..x..x. becomes x.x..x..
        expectMini("bd(3,8,2)", 1, ev("0", "1/8", "bd"), ev("1/4", "3/8", "bd"), ev("5/8", "3/4", "bd"));
    }

    @Test
    void euclidTakesValuesFromTheSequenceUnderEachPulse() {
        expectMini("[a b c](3,8)", 1, ev("0", "1/8", "a"), ev("3/8", "1/2", "b"), ev("3/4", "7/8", "c"));
    }

    @Test
    void euclidArgumentsMayBePatterns() {
        expectMini("bd(<3 5>,8)", 2,
                ev("0", "1/8", "bd"), ev("3/8", "1/2", "bd"), ev("3/4", "7/8", "bd"),
                ev("1", "9/8", "bd"), ev("5/4", "11/8", "bd"), ev("11/8", "3/2", "bd"),
                ev("13/8", "7/4", "bd"), ev("7/4", "15/8", "bd"));
    }

    @Test
    void rangesExpandToSteps() {
        expectMini("0 .. 3", 1, ev("0", "1/4", 0), ev("1/4", "1/2", 1), ev("1/2", "3/4", 2), ev("3/4", "1", 3));
        expectMini("3..1", 1, ev("0", "1/3", 3), ev("1/3", "2/3", 2), ev("2/3", "1", 1));
        expectMini("0 .. 2 5", 1, ev("0", "1/4", 0), ev("1/4", "1/2", 1), ev("1/2", "3/4", 2), ev("3/4", "1", 5));
    }

    @Test
    void numbersAndWords() {
        expectMini("-1 0.5 .25", 1, ev("0", "1/3", -1.0), ev("1/3", "2/3", 0.5), ev("2/3", "1", 0.25));
        expectMini("moss a_b c#4", 1, ev("0", "1/3", "moss"), ev("1/3", "2/3", "a_b"), ev("2/3", "1", "c#4"));
    }

    @Test
    void colonMakesAListValueAsInStrudel() {
        List<Object> values = MiniNotation.parse("bd:3 a:b:c [x y]:1 a:~ 1:-2").queryArc(Fraction.ZERO, Fraction.ONE)
                .stream().map(e -> e.value).toList();
        assertEquals(List.of(List.of("bd", 3.0), List.of("a", "b", "c"), List.of("x", 1.0), List.of("y", 1.0), List.of(1.0, -2.0)), values);
        assertEquals("bd:3", Values.format(values.get(0)));
        assertEquals("[\"bd\", 3]", Values.json(values.get(0)));
    }

    @Test
    void numbersReadAsStrudelReadsThem() {
        expectMini("1e3 1.5e-1 1. 2", 1, ev("0", "1/4", 1000), ev("1/4", "1/2", 0.15), ev("1/2", "3/4", 1), ev("3/4", "1", 2));
        expectMini("a@1e0 b", 1, ev("0", "1/2", "a"), ev("1/2", "1", "b"));
    }

    @Test
    void aFactorThatIsNotANumberIsSilenceNotAnErrorAtQueryTime() {
        expectMini("a*<x 2>", 2, ev("1", "3/2", "a"), ev("3/2", "2", "a"));
    }

    @Test
    void polymeterStepsMayBeAPattern() {
        expectMini("{a b c}%<2 4>", 2, ev("0", "1/2", "a"), ev("1/2", "1", "b"),
                ev("1", "5/4", "b"), ev("5/4", "3/2", "c"), ev("3/2", "7/4", "a"), ev("7/4", "2", "b"));
    }

    @Test
    void replicationAndWeightsCombineAsInStrudel() {
        expectMini("a!2@3 b", 1, ev("0", "2/5", "a"), ev("2/5", "4/5", "a"), ev("4/5", "1", "b"));
        expectMini("a@3!2 b", 1, ev("0", "1/3", "a"), ev("1/3", "2/3", "a"), ev("2/3", "1", "b"));
        expectMini("a _ ! b", 1, ev("0", "1/3", "a"), ev("1/3", "2/3", "a"), ev("2/3", "1", "b"));
        expectMini("a!2 _ b", 1, ev("0", "3/8", "a"), ev("3/8", "3/4", "a"), ev("3/4", "1", "b"));
        expectMini("a@2@3 b", 1, ev("0", "4/5", "a"), ev("4/5", "1", "b"));
    }

    @Test
    void polymeterMovesEveryLayerAtTheFirstLayersStepRate() {
        // Three steps per cycle: "d e" runs d e d, then e d e.
        expectMini("{a b c, d e}", 2,
                ev("0", "1/3", "a"), ev("0", "1/3", "d"), ev("1/3", "2/3", "b"), ev("1/3", "2/3", "e"),
                ev("2/3", "1", "c"), ev("2/3", "1", "d"),
                ev("1", "4/3", "a"), ev("1", "4/3", "e"), ev("4/3", "5/3", "b"), ev("4/3", "5/3", "d"),
                ev("5/3", "2", "c"), ev("5/3", "2", "e"));
        expectMini("{a b c}%4", 2,
                ev("0", "1/4", "a"), ev("1/4", "1/2", "b"), ev("1/2", "3/4", "c"), ev("3/4", "1", "a"),
                ev("1", "5/4", "b"), ev("5/4", "3/2", "c"), ev("3/2", "7/4", "a"), ev("7/4", "2", "b"));
    }

    @Test
    void dotGroupsSteps() {
        expectMini("a . b c", 1, ev("0", "1/2", "a"), ev("1/2", "3/4", "b"), ev("3/4", "1", "c"));
        expectMini("a b . c@3 d . 0.5", 1,
                ev("0", "1/6", "a"), ev("1/6", "1/3", "b"), ev("1/3", "7/12", "c"), ev("7/12", "2/3", "d"),
                ev("2/3", "1", 0.5));
    }

    @Test
    void degradeWithFullProbabilityRemovesEverythingAndZeroNothing() {
        expectMini("a b?1", 1, ev("0", "1/2", "a"));
        expectMini("a b?0", 1, ev("0", "1/2", "a"), ev("1/2", "1", "b"));
    }
}
