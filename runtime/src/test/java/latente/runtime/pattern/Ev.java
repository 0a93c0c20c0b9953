package latente.runtime.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helpers: expected events written as exact fractions ("1/3") and values. */
final class Ev {
    private Ev() {}

    static Fraction f(String s) {
        return Fraction.parse(s);
    }

    static Object val(Object v) {
        return v instanceof Integer i ? (Object) (double) i : v;
    }

    /** A whole event: whole == part. */
    static Event<Object> ev(String begin, String end, Object value) {
        TimeSpan s = new TimeSpan(f(begin), f(end));
        return new Event<>(s, s, val(value));
    }

    /** A fragment: whole [wb, we), part [pb, pe). */
    static Event<Object> frag(String wb, String we, String pb, String pe, Object value) {
        return new Event<>(new TimeSpan(f(wb), f(we)), new TimeSpan(f(pb), f(pe)), val(value));
    }

    @SafeVarargs
    static void expect(Pattern<?> p, int fromCycle, int toCycle, Event<Object>... expected) {
        List<Event<?>> actual = new ArrayList<>(p.queryArc(Fraction.of(fromCycle), Fraction.of(toCycle)));
        assertEquals(lines(Arrays.asList(expected)), lines(actual));
    }

    @SafeVarargs
    static void expectMini(String mini, int cycles, Event<Object>... expected) {
        expect(MiniNotation.parse(mini), 0, cycles, expected);
    }

    /** One event per line: a failing comparison shows readable diffs. */
    static String lines(List<? extends Event<?>> events) {
        StringBuilder b = new StringBuilder();
        for (Event<?> e : events) {
            String v = e.value instanceof Double ? "#" + Values.format(e.value) : String.valueOf(e.value);
            b.append(e.whole).append(" / ").append(e.part).append(" = ").append(v).append('\n');
        }
        return b.toString();
    }
}
