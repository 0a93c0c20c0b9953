package latente.dsl.lang;

/** "Did you mean osc()?" for names that are close to a word of the language. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The message for a call {@code name(args)} that nothing answered: a value called like a
     * function, a known function with arguments it cannot take, or a near-miss name.
     */
    public static String unknownCall(String name, Object[] args) {
        Words.Word w = Words.find(name);
        if (w != null && !w.function()) return name + " is a value, not a function: write " + name + " without ()";
        if (w != null) return name + "() cannot take (" + types(args) + "); write " + w.signature();
        String near = closest(name);
        return "unknown function " + name + "()" + (near == null ? "" : " - did you mean " + near + "?");
    }

    /** The message for a name that nothing defines: a function written without (), or a near miss. */
    public static String unknownName(String name) {
        Words.Word w = Words.find(name);
        if (w != null && w.function()) return name + " is a function: write " + name + "()";
        if (name.matches("o[0-9]+")) return "there is no output " + name + "; the outputs are o0, o1, o2 and o3";
        if (name.matches("s[0-9]+")) return "there is no source " + name + "; the sources are s0, s1, s2 and s3";
        String near = closest(name);
        return "unknown name '" + name + "'" + (near == null ? "" : " - did you mean " + near + "?");
    }

    private static String types(Object[] args) {
        StringBuilder s = new StringBuilder();
        for (Object a : args == null ? new Object[0] : args) {
            if (s.length() > 0) s.append(", ");
            s.append(a == null ? "null" : a instanceof Number ? "number" : a instanceof CharSequence ? "text"
                    : a instanceof groovy.lang.Closure ? "closure" : a.getClass().getSimpleName());
        }
        return s.toString();
    }

    /**
     * The word closest to {@code name} by edit distance (at most 2, or 1 for names of three
     * letters or fewer), written as the performer should type it: {@code osc()} for a function,
     * {@code o1} for a value; null when nothing is close.
     */
    public static String closest(String name) {
        Words.Word best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase();
        for (Words.Word w : Words.all()) {
            int d = distance(lower, w.name().toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = w;
            }
        }
        int limit = name.length() <= 3 ? 1 : 2;
        if (best == null || bestDistance > limit) return null;
        return best.function() ? best.name() + "()" : best.name();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
