package latente.runtime.model.garden;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import latente.runtime.model.Conditioning;

/**
 * Turns prompts into family weights: each known word adds weight to its family ("moss ember" →
 * 0.5 / 0.5; "moss:3 ember" → 0.75 / 0.25). Words that name no family are ignored with one
 * notice per word for the life of this object. An empty or unknown-only prompt weighs all
 * families equally.
 */
public final class FamilyPrompt {
    /** The floor inside log c(φ): an unwanted family is 1e-4 as likely, not impossible. */
    public static final double FLOOR = 1e-4;

    private final List<String> families;
    private final Consumer<String> notices;
    private final Set<String> warned = new HashSet<>();

    public FamilyPrompt(List<String> families, Consumer<String> notices) {
        this.families = families;
        this.notices = notices;
    }

    /** Weights per family, summing to one. */
    public double[] weights(Conditioning c) {
        double[] w = new double[families.size()];
        for (Map.Entry<String, Double> part : c.normalised()) {
            double[] pw = weights(part.getKey());
            for (int i = 0; i < w.length; i++) w[i] += part.getValue() * pw[i];
        }
        return normalise(w);
    }

    /** log(weight + floor) per family: the graph's log_cond input. */
    public float[] logWeights(Conditioning c, float[] out) {
        double[] w = weights(c);
        for (int i = 0; i < w.length; i++) out[i] = (float) Math.log(w[i] + FLOOR);
        return out;
    }

    double[] weights(String prompt) {
        double[] w = new double[families.size()];
        for (String token : prompt.toLowerCase(Locale.ROOT).split("[\\s,+]+")) {
            if (token.isEmpty()) continue;
            String word = token;
            double weight = 1;
            int colon = token.indexOf(':');
            if (colon > 0) {
                word = token.substring(0, colon);
                try {
                    weight = Math.max(0, Double.parseDouble(token.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    warnOnce(token, "latente: prompt word '" + token + "' has a bad weight; counted as 1");
                }
            }
            int f = families.indexOf(word);
            if (f < 0) {
                warnOnce(word, "latente: prompt word '" + word + "' is not a family of this model (known: "
                        + String.join(", ", families) + "); ignored");
            } else {
                w[f] += weight;
            }
        }
        return normalise(w);
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) notices.accept(message);
    }

    private static double[] normalise(double[] w) {
        double total = 0;
        for (double v : w) total += v;
        for (int i = 0; i < w.length; i++) w[i] = total > 0 ? w[i] / total : 1.0 / w.length;
        return w;
    }
}
