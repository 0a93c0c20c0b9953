package latente.runtime.pattern;

import latente.runtime.json.Json;

/** Formatting of event values: numbers without a useless ".0", words as they are. */
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

    /** JSON form: numbers bare (without a useless ".0"), booleans as themselves, everything else as a JSON string. */
    public static String json(Object v) {
        if (v instanceof Number) return format(v instanceof Double ? v : ((Number) v).doubleValue());
        if (v instanceof Boolean) return v.toString();
        return Json.write(String.valueOf(v));
    }

    /** A value as a double: numbers directly, booleans 1/0, anything else NaN. */
    public static double toDouble(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        return Double.NaN;
    }
}
