package latente.runtime.model;

/** Starting noise for walks: seeded Gaussian vectors and spherical interpolation between them. */
public final class Noise {
    private Noise() {}

    public static float[] seeded(long seed, int length) {
        return Gaussian.noise(seed, new float[length]);
    }

    /**
     * Spherical interpolation from a (t = 0) to b (t = 1), written into out. Unlike a straight
     * blend it keeps the norm a Gaussian sample has, so every in-between point looks like noise
     * the model was made for (a plain average of two seeds is too quiet and gives washed-out
     * frames). Falls back to linear interpolation when a and b are (nearly) parallel.
     */
    public static float[] slerp(float[] a, float[] b, double t, float[] out) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        double cos = dot / Math.max(1e-30, Math.sqrt(na * nb));
        double omega = Math.acos(Math.max(-1, Math.min(1, cos)));
        double s = Math.sin(omega);
        double wa, wb;
        if (s < 1e-6) {
            wa = 1 - t;
            wb = t;
        } else {
            wa = Math.sin((1 - t) * omega) / s;
            wb = Math.sin(t * omega) / s;
        }
        for (int i = 0; i < a.length; i++) out[i] = (float) (wa * a[i] + wb * b[i]);
        return out;
    }
}
