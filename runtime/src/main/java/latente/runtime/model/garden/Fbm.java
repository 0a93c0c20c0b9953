package latente.runtime.model.garden;

import latente.runtime.model.Gaussian;

/**
 * Tileable fractal value noise in [0, 1]: octaves of bilinearly interpolated Gaussian lattices,
 * each lattice wrapping around so the texture tiles (the denoiser's shifted candidates wrap at
 * the border, so seams would show up as patches).
 */
final class Fbm {
    private Fbm() {}

    /** An n×n field, row-major, normalised to [0, 1]. */
    static float[] field(int n, long seed, int octaves) {
        Gaussian rnd = new Gaussian(seed);
        float[] out = new float[n * n];
        for (int o = 0; o < octaves; o++) {
            int k = 1 << (o + 2);
            double[] lattice = new double[k * k];
            for (int i = 0; i < lattice.length; i++) lattice[i] = rnd.next();
            double amp = 1.0 / (1 << o);
            for (int y = 0; y < n; y++) {
                double fy = (double) y * k / n;
                int y0 = (int) fy;
                double ty = smooth(fy - y0);
                int ya = y0 % k, yb = (y0 + 1) % k;
                for (int x = 0; x < n; x++) {
                    double fx = (double) x * k / n;
                    int x0 = (int) fx;
                    double tx = smooth(fx - x0);
                    int xa = x0 % k, xb = (x0 + 1) % k;
                    double top = lattice[ya * k + xa] * (1 - tx) + lattice[ya * k + xb] * tx;
                    double bottom = lattice[yb * k + xa] * (1 - tx) + lattice[yb * k + xb] * tx;
                    out[y * n + x] += (float) (amp * (top * (1 - ty) + bottom * ty));
                }
            }
        }
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (float v : out) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = Math.max(1e-6f, max - min);
        for (int i = 0; i < out.length; i++) out[i] = (out[i] - min) / range;
        return out;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
