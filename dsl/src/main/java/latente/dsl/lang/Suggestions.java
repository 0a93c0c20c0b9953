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
     * The word closest to {@code name} by edit distance (at most 1, or 2 for names of eight
     * letters or more), written as the performer should type it: {@code osc()} for a function,
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
        // two edits turn most short words into other short words (fader -> layer, fast -> mask):
        // only long names get that much room
        int limit = name.length() >= 8 ? 2 : 1;
        if (best == null || bestDistance > limit) return null;
        return best.function() ? best.name() + "()" : best.name();
    }

    /**
     * For a name that is no word but a method of patterns or signals ({@code fast}, {@code range}):
     * how to use it; null otherwise.
     */
    public static String valueMethod(String name) {
        boolean pattern = hasMethod(latente.runtime.pattern.Pattern.class, name);
        boolean signal = hasMethod(latente.runtime.signal.Signal.class, name);
        if (!pattern && !signal) return null;
        String on = pattern && signal ? "patterns and signals" : pattern ? "patterns" : "signals";
        String example = pattern ? "pattern('10 20')." + name + "(...)" : "sine()." + name + "(...)";
        return name + " is a method of " + on + ", written after one: " + example;
    }

    private static boolean hasMethod(Class<?> type, String name) {
        for (java.lang.reflect.Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getDeclaringClass() != Object.class) return true;
        }
        return false;
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
