package latente.runtime.model.sd;

/**
 * What the UNet is conditioned on for one prompt: the text encoder's hidden states
 * ({@code tokens × dim}, row-major; for SDXL both encoders' states side by side) and, for SDXL,
 * the pooled text embedding. Immutable in use: the arrays are never changed after creation.
 */
public record PromptEmbedding(float[] hidden, int tokens, int dim, float[] pooled) {

    /** Linear interpolation between two embeddings of the same model (prompt morphs). */
    public static PromptEmbedding lerp(PromptEmbedding a, PromptEmbedding b, double t) {
        if (a.tokens != b.tokens || a.dim != b.dim) throw new IllegalArgumentException("embeddings of different models");
        return new PromptEmbedding(mix(a.hidden, b.hidden, t), a.tokens, a.dim,
                a.pooled == null ? null : mix(a.pooled, b.pooled, t));
    }

    /** {@code Σ w_i e_i} with the weights as given (callers normalise); all from the same model. */
    public static PromptEmbedding weighted(java.util.List<PromptEmbedding> parts, double[] weights) {
        PromptEmbedding first = parts.get(0);
        float[] hidden = new float[first.hidden.length];
        float[] pooled = first.pooled == null ? null : new float[first.pooled.length];
        for (int k = 0; k < parts.size(); k++) {
            PromptEmbedding e = parts.get(k);
            if (e.tokens != first.tokens || e.dim != first.dim) throw new IllegalArgumentException("embeddings of different models");
            float w = (float) weights[k];
            for (int i = 0; i < hidden.length; i++) hidden[i] += w * e.hidden[i];
            if (pooled != null) for (int i = 0; i < pooled.length; i++) pooled[i] += w * e.pooled[i];
        }
        return new PromptEmbedding(hidden, first.tokens, first.dim, pooled);
    }

    private static float[] mix(float[] a, float[] b, double t) {
        float[] out = new float[a.length];
        float w = (float) t;
        for (int i = 0; i < out.length; i++) out[i] = a[i] + w * (b[i] - a[i]);
        return out;
    }
}
