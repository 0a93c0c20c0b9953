package latente.tests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Canonical text for events parsed from JSON (Latente's {@code pattern --json} or the Strudel
 * oracle), so that the two can be compared as multisets of strings: spans as reduced fractions,
 * numbers without trailing zeros, words quoted, lists bracketed.
 */
final class EventKeys {
    private EventKeys() {}

    /** "whole [b, e) part [b, e) value V" exactly. */
    static String exact(Map<String, Object> event) {
        return "whole " + span(event.get("whole")) + " part " + span(event.get("part")) + " value " + value(event.get("value"));
    }

    /**
     * The same event seen from the start of the cycle its part begins in: cycle-relative spans
     * and the value, so that events can be counted per cycle over many cycles.
     */
    static String inCycle(Map<String, Object> event) {
        BigFraction partBegin = BigFraction.parse(first(event.get("part")));
        BigInteger cycle = partBegin.floor();
        return "whole " + span(event.get("whole"), cycle) + " part " + span(event.get("part"), cycle) + " value " + value(event.get("value"));
    }

    /** The cycle an event's part begins in. */
    static long cycle(Map<String, Object> event) {
        return BigFraction.parse(first(event.get("part"))).floor().longValueExact();
    }

    private static String first(Object span) {
        return String.valueOf(((List<?>) span).get(0));
    }

    private static String span(Object span) {
        return span(span, BigInteger.ZERO);
    }

    private static String span(Object span, BigInteger shift) {
        if (span == null) return "none";
        List<?> s = (List<?>) span;
        return "[" + BigFraction.parse(String.valueOf(s.get(0))).minus(shift) + ", " + BigFraction.parse(String.valueOf(s.get(1))).minus(shift) + ")";
    }

    static String value(Object v) {
        if (v instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object x : list) parts.add(value(x));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v == null) return "null";
        if (v instanceof Boolean) return v.toString();
        return "\"" + v + "\"";
    }

    /** An exact fraction n/d with d > 0, reduced. */
    record BigFraction(BigInteger num, BigInteger den) {
        static BigFraction parse(String s) {
            int slash = s.indexOf('/');
            if (slash < 0) return of(new BigDecimal(s));
            return reduce(new BigInteger(s.substring(0, slash).strip()), new BigInteger(s.substring(slash + 1).strip()));
        }

        private static BigFraction of(BigDecimal d) {
            BigInteger den = BigInteger.TEN.pow(Math.max(0, d.scale()));
            return reduce(d.movePointRight(Math.max(0, d.scale())).toBigIntegerExact(), den);
        }

        private static BigFraction reduce(BigInteger n, BigInteger d) {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            if (g.signum() == 0) g = BigInteger.ONE;
            return new BigFraction(n.divide(g), d.divide(g));
        }

        BigInteger floor() {
            BigInteger[] qr = num.divideAndRemainder(den);
            return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        }

        BigFraction minus(BigInteger k) {
            return reduce(num.subtract(k.multiply(den)), den);
        }

        @Override
        public String toString() {
            return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
        }
    }
}
