package latente.runtime.model.sd;

/**
 * What the UNet is conditioned on for one prompt: the text encoder's hidden states
 * ({@code tokens × dim}, row-major; for SDXL both encoders' states side by side) and, for SDXL,
 * the pooled text embedding. Immutable in use: the arrays are never changed after creation.
 */
public record Conditioning(float[] hidden, int tokens, int dim, float[] pooled) {

    /** Linear interpolation between two conditionings of the same model (prompt morphs). */
    public static Conditioning lerp(Conditioning a, Conditioning b, double t) {
        if (a.tokens != b.tokens || a.dim != b.dim) throw new IllegalArgumentException("conditionings of different models");
        return new Conditioning(mix(a.hidden, b.hidden, t), a.tokens, a.dim,
                a.pooled == null ? null : mix(a.pooled, b.pooled, t));
    }

    private static float[] mix(float[] a, float[] b, double t) {
        float[] out = new float[a.length];
        float w = (float) t;
        for (int i = 0; i < out.length; i++) out[i] = a[i] + w * (b[i] - a[i]);
        return out;
    }
}
