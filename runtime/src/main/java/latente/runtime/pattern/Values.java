package latente.runtime.pattern;

import latente.runtime.json.Json;

/** Formatting of event values: numbers without a useless ".0", words as they are, lists as {@code bd:3}. */
public final class Values {
    private Values() {}

    public static String format(Object v) {
        if (v instanceof Double d) {
            double x = d;
            if (x == Math.rint(x) && !Double.isInfinite(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
            return Double.toString(x);
        }
        return String.valueOf(v);
    }

    /** JSON form: numbers bare (without a useless ".0"), lists ({@code bd:3}) as arrays, everything else as a JSON string. */
    public static String json(Object v) {
        if (v instanceof Number) return format(v instanceof Double ? v : ((Number) v).doubleValue());
        if (v instanceof Boolean) return v.toString();
        if (v instanceof ListValue list) {
            StringBuilder b = new StringBuilder("[");
            for (Object item : list) b.append(b.length() > 1 ? ", " : "").append(json(item));
            return b.append(']').toString();
        }
        return Json.write(String.valueOf(v));
    }

    /** A value as a double: numbers directly, booleans 1/0, anything else NaN. */
    public static double toDouble(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        return Double.NaN;
    }
}
