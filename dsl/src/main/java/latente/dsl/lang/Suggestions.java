package latente.dsl.lang;

import latente.render.vocab.VisualFunction;
import latente.render.vocab.Vocabulary;

/** "Did you mean osc()?" for names that are close to a vocabulary word. */
public final class Suggestions {
    private Suggestions() {}

    public static String unknownFunction(String name, boolean source) {
        String best = closest(name);
        String msg = "unknown function " + name + "()";
        return best == null ? msg : msg + " - did you mean " + best + "()?";
    }

    /** The vocabulary name closest to {@code name} by edit distance (at most 2, or 1 for short names). */
    public static String closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (VisualFunction fn : Vocabulary.all()) {
            int d = distance(name.toLowerCase(), fn.name().toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = fn.name();
            }
        }
        int limit = name.length() <= 3 ? 1 : 2;
        return bestDistance <= limit ? best : null;
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
