package latente.runtime.pattern;

import static latente.runtime.pattern.Ev.ev;
import static latente.runtime.pattern.Ev.expect;
import static latente.runtime.pattern.Ev.frag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java combinators, with events worked out by hand. */
class CombinatorTest {
    private static Pattern<Object> p(String mini) {
        return MiniNotation.parse(mini);
    }

    @Test
    void pureFastAndSlow() {
        expect(Pattern.pure((Object) "x").fast(2), 0, 1, ev("0", "1/2", "x"), ev("1/2", "1", "x"));
        expect(Pattern.<Object>sequence("a", "b").slow(2), 0, 2, ev("0", "1", "a"), ev("1", "2", "b"));
        expect(Pattern.pure((Object) "x").fast(0), 0, 1);
    }

    @Test
    void patternedFastTakesTheFactorFromAPattern() {
        expect(p("a").fast(p("<1 2>")), 0, 2, ev("0", "1", "a"), ev("1", "3/2", "a"), ev("3/2", "2", "a"));
        expect(p("a").fast("<1 2>"), 0, 2, ev("0", "1", "a"), ev("1", "3/2", "a"), ev("3/2", "2", "a"));
        expect(p("a b").slow("<1 2>"), 0, 2, ev("0", "1/2", "a"), ev("1/2", "1", "b"), ev("1", "2", "b"));
    }

    @Test
    void revMirrorsEachCycle() {
        expect(p("a b c").rev(), 0, 1, ev("0", "1/3", "c"), ev("1/3", "2/3", "b"), ev("2/3", "1", "a"));
        expect(p("a b@2").rev(), 1, 2, ev("1", "5/3", "b"), ev("5/3", "2", "a"));
    }

    @Test
    void everyTransformsCyclesZeroNTwoN() {
        expect(p("a b").every(3, x -> x.fast(2)), 0, 4,
                ev("0", "1/4", "a"), ev("1/4", "1/2", "b"), ev("1/2", "3/4", "a"), ev("3/4", "1", "b"),
                ev("1", "3/2", "a"), ev("3/2", "2", "b"),
                ev("2", "5/2", "a"), ev("5/2", "3", "b"),
                ev("3", "13/4", "a"), ev("13/4", "7/2", "b"), ev("7/2", "15/4", "a"), ev("15/4", "4", "b"));
    }

    @Test
    void offStacksAShiftedTransformedCopy() {
        Pattern<Object> p = p("a b").off(0.25, x -> x.map(v -> v + "'"));
        expect(p, 0, 1,
                ev("0", "1/2", "a"), frag("-1/4", "1/4", "0", "1/4", "b'"),
                ev("1/4", "3/4", "a'"), ev("1/2", "1", "b"), frag("3/4", "5/4", "3/4", "1", "b'"));
    }

    @Test
    void catAlternatesAndSeqSubdivides() {
        Pattern<Object> a = Pattern.pure("a");
        expect(Pattern.cat(a, p("b c")), 0, 3,
                ev("0", "1", "a"), ev("1", "3/2", "b"), ev("3/2", "2", "c"), ev("2", "3", "a"));
        expect(Pattern.seq(a, Pattern.cat(Pattern.pure("b"), Pattern.pure("c"))), 0, 2,
                ev("0", "1/2", "a"), ev("1/2", "1", "b"), ev("1", "3/2", "a"), ev("3/2", "2", "c"));
        expect(Pattern.stack(a, p("b c")), 0, 1, ev("0", "1", "a"), ev("0", "1/2", "b"), ev("1/2", "1", "c"));
    }

    @Test
    void timecatWeightsAndChooseCycles() {
        expect(Pattern.timecat(List.of(Fraction.of(3), Fraction.ONE), List.of(Pattern.pure((Object) "a"), p("b c"))), 0, 1,
                ev("0", "3/4", "a"), ev("3/4", "7/8", "b"), ev("7/8", "1", "c"));
        Pattern<Object> choice = Pattern.chooseCycles(3, Pattern.pure("x"), p("y z"));
        for (int c = 0; c < 20; c++) {
            String cyc = Ev.lines(choice.queryArc(c, c + 1));
            String x = Ev.lines(List.of(ev(c + "", (c + 1) + "", "x")));
            String yz = Ev.lines(List.of(ev(c + "", Fraction.of(2 * c + 1, 2).toString(), "y"), ev(Fraction.of(2 * c + 1, 2).toString(), (c + 1) + "", "z")));
            org.junit.jupiter.api.Assertions.assertTrue(cyc.equals(x) || cyc.equals(yz), cyc);
        }
        assertEquals(Ev.lines(Pattern.mini("a b").firstCycle()), Ev.lines(p("a b").firstCycle()));
    }

    @Test
    void euclidOnAPattern() {
        expect(Pattern.pure((Object) "x").euclid(3, 8), 0, 1, ev("0", "1/8", "x"), ev("3/8", "1/2", "x"), ev("3/4", "7/8", "x"));
        expect(Pattern.pure((Object) "x").euclid(3, 8, 2), 0, 1, ev("0", "1/8", "x"), ev("1/4", "3/8", "x"), ev("5/8", "3/4", "x"));
    }

    @Test
    void earlyAndLateShiftTime() {
        expect(p("a b c d").early(0.25), 0, 1, ev("0", "1/4", "b"), ev("1/4", "1/2", "c"), ev("1/2", "3/4", "d"), ev("3/4", "1", "a"));
        expect(p("a").late(Fraction.of(1, 3)), 0, 1, frag("-2/3", "1/3", "0", "1/3", "a"), frag("1/3", "4/3", "1/3", "1", "a"));
    }

    @Test
    void sometimesPartitionsTheEvents() {
        Pattern<Object> base = p("a*8");
        Pattern<Object> some = base.sometimesBy(0.5, 9, x -> x.map(v -> "B"));
        List<Event<Object>> events = some.queryArc(0, 50);
        assertEquals(400, events.size());
        long changed = events.stream().filter(e -> "B".equals(e.value)).count();
        org.junit.jupiter.api.Assertions.assertTrue(changed > 150 && changed < 250, "changed " + changed);
        assertEquals(Ev.lines(events), Ev.lines(base.sometimesBy(0.5, 9, x -> x.map(v -> "B")).queryArc(0, 50)));
        assertEquals(0, base.sometimesBy(0, x -> x.map(v -> "B")).queryArc(0, 2).stream().filter(e -> "B".equals(e.value)).count());
        assertEquals(16, base.sometimesBy(1, x -> x.map(v -> "B")).queryArc(0, 2).stream().filter(e -> "B".equals(e.value)).count());
    }

    @Test
    void segmentSamplesAContinuousPattern() {
        Pattern<Double> ramp = Pattern.signal(t -> t - Math.floor(t));
        List<Event<Double>> e = ramp.segment(4).queryArc(0, 1);
        assertEquals(4, e.size());
        assertEquals(TimeSpan.of(1, 4, 1, 2), e.get(1).whole);
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75), e.stream().map(x -> x.value).toList());
    }

    @Test
    void perFrameQueries() {
        Pattern<Object> p = p("a b c");
        assertEquals("b", p.valueAt(0.5));
        assertEquals("c", p.valueAt(0.999));
        assertEquals("a", p.valueAt(3.0));
        assertEquals("c", p.rev().valueAt(0.0));
        assertNull(p("a ~").valueAt(0.75));
        assertEquals(2.0, p("1 2 3").numberAt(1.4));
        assertEquals(List.of("b"), p.onsetsIn(0.3, 0.4).stream().map(e -> e.value).toList());
        assertEquals(List.of(), p.onsetsIn(0.4, 0.6));
    }
}
