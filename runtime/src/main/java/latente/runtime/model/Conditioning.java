package latente.runtime.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to generate: a weighted mix of prompt texts. One prompt is the usual case; a walk
 * between prompts (a mini-notation pattern stepping from '&lt;moss&gt;' to '&lt;ember&gt;') is
 * a mix whose weights slide. Each model turns every prompt into its own vector (garden: family
 * weights; SD: text embeddings) and blends those vectors with these weights.
 */
public record Conditioning(Map<String, Double> prompts) {

    public Conditioning {
        prompts = Map.copyOf(prompts);
    }

    public static Conditioning of(String prompt) {
        return new Conditioning(Map.of(prompt, 1.0));
    }

    /** (1 − t)·a + t·b, merging equal prompts. */
    public static Conditioning mix(Conditioning a, Conditioning b, double t) {
        Map<String, Double> m = new LinkedHashMap<>();
        a.prompts.forEach((p, w) -> m.merge(p, (1 - t) * w, Double::sum));
        b.prompts.forEach((p, w) -> m.merge(p, t * w, Double::sum));
        m.values().removeIf(w -> w <= 0);
        if (m.isEmpty()) m.put("", 1.0);
        return new Conditioning(m);
    }

    /** Weights scaled to sum to one (an empty or all-zero mix stays as it is). */
    public List<Map.Entry<String, Double>> normalised() {
        double total = 0;
        for (double w : prompts.values()) total += Math.max(0, w);
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : prompts.entrySet()) {
            out.add(Map.entry(e.getKey(), total > 0 ? Math.max(0, e.getValue()) / total : e.getValue()));
        }
        return out;
    }
}
