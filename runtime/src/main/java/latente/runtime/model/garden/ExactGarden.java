package latente.runtime.model.garden;

import latente.runtime.model.KarrasSchedule;

/**
 * The closed-form patch denoiser exactly as {@code reference/patch_diffusion.py} states it, in
 * plain Java, to measure how far the fast graph strays from it: every exemplar at every shift
 * of a 7×7 pixel window is a candidate at every pixel, the patch is the reference's P×P
 * window (edge-clamped), the softmax runs over all candidates, and each pixel takes the
 * candidates' values at the pixel itself:
 * D(x, σ)[p] = Σ_φ softmax_φ(−‖x_Ω(p) − φ_Ω(p)‖²/(2σ²) + log c(φ)) · φ(p).
 *
 * <p>Costs candidates × pixels per step (a few seconds a keyframe at 128²): a measuring stick
 * for benchmarks and tests, not for the stage. Two knobs reproduce the fast model's geometric
 * simplifications one at a time, so each can be priced: the shift window (7×7 pixels, or the
 * fast model's cross of five) and the largest patch side.
 */
public final class ExactGarden {
    private final ExemplarBank bank;
    private final int[][] shifts;
    private final int maxPatch;

    public static final int[][] WINDOW_7X7 = window7();
    public static final int[][] CROSS_5 = {{-1, 0}, {0, -1}, {0, 0}, {0, 1}, {1, 0}};

    public ExactGarden(ExemplarBank bank, int[][] shifts, int maxPatch) {
        this.bank = bank;
        this.shifts = shifts;
        this.maxPatch = maxPatch;
    }

    /** The reference exactly: 7×7 shifts, patches up to 15×15. */
    public ExactGarden(ExemplarBank bank) {
        this(bank, WINDOW_7X7, 15);
    }

    private static int[][] window7() {
        int[][] w = new int[49][];
        for (int i = 0; i < 49; i++) w[i] = new int[] {i / 7 - 3, i % 7 - 3};
        return w;
    }

    /** The reference's patch rule, capped at this instance's largest side. */
    public int patch(double sigma) {
        return Math.min(maxPatch, Math.max(3, Math.min(15, (int) (2 * sigma + 3)) | 1));
    }

    /**
     * A keyframe: deterministic Euler from {@code noise} (planar [3,n,n], unit variance) over the
     * same Karras schedule as the fast sampler; returns interleaved RGB in [0, 1].
     */
    public float[] sample(float[] noise, float[] logCond, int steps) {
        int n = bank.size();
        double[] sig = KarrasSchedule.sigmas(steps, GardenModel.SIGMA_MAX, GardenModel.SIGMA_MIN);
        float[] x = new float[noise.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) (noise[i] * sig[0]);
        float[] d = new float[x.length];
        for (int k = 0; k < steps; k++) {
            denoise(x, sig[k], logCond, patch(sig[k]), d);
            float ratio = k == steps - 1 ? 0 : (float) (sig[k + 1] / sig[k]);
            for (int i = 0; i < x.length; i++) x[i] = d[i] + ratio * (x[i] - d[i]);
        }
        float[] rgb = new float[x.length];
        for (int p = 0; p < n * n; p++) {
            for (int c = 0; c < 3; c++) rgb[p * 3 + c] = Math.max(0, Math.min(1, (x[c * n * n + p] + 1) / 2));
        }
        return rgb;
    }

    /** One evaluation of D(x, σ), planar in and out; softmax accumulated online, candidate by candidate. */
    public void denoise(float[] x, double sigma, float[] logCond, int patch, float[] out) {
        int n = bank.size(), plane = n * n;
        double[] max = new double[plane], total = new double[plane], acc = new double[3 * plane];
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] dist = new double[plane], window = new double[plane];
        double inv = 1 / (2 * sigma * sigma);
        for (int e = 0; e < bank.count(); e++) {
            float[] im = bank.images().get(e);
            double prior = logCond[bank.family()[e]];
            for (int[] s : shifts) {
                for (int y = 0; y < n; y++) {
                    for (int xx = 0; xx < n; xx++) {
                        int src = Math.floorMod(y - s[0], n) * n + Math.floorMod(xx - s[1], n);
                        double v = 0;
                        for (int c = 0; c < 3; c++) {
                            double dd = x[c * plane + y * n + xx] - im[c * plane + src];
                            v += dd * dd;
                        }
                        dist[y * n + xx] = v;
                    }
                }
                boxSum(dist, window, n, patch);
                for (int y = 0; y < n; y++) {
                    for (int xx = 0; xx < n; xx++) {
                        int p = y * n + xx, src = Math.floorMod(y - s[0], n) * n + Math.floorMod(xx - s[1], n);
                        double logit = -window[p] * inv + prior;
                        if (logit > max[p]) {
                            double scale = Math.exp(max[p] - logit);
                            total[p] *= scale;
                            for (int c = 0; c < 3; c++) acc[c * plane + p] *= scale;
                            max[p] = logit;
                        }
                        double w = Math.exp(logit - max[p]);
                        total[p] += w;
                        for (int c = 0; c < 3; c++) acc[c * plane + p] += w * im[c * plane + src];
                    }
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < plane; p++) out[c * plane + p] = (float) (acc[c * plane + p] / total[p]);
        }
    }

    /** Sum over the P×P window with edge-clamped borders, as the reference's box(): running sums. */
    static void boxSum(double[] in, double[] out, int n, int p) {
        int r = p / 2;
        double[] rows = new double[n * n];
        for (int y = 0; y < n; y++) {
            double s = 0;
            for (int u = -r; u <= r; u++) s += in[y * n + clamp(u, n)];
            for (int x = 0; x < n; x++) {
                rows[y * n + x] = s;
                s += in[y * n + clamp(x + r + 1, n)] - in[y * n + clamp(x - r, n)];
            }
        }
        for (int x = 0; x < n; x++) {
            double s = 0;
            for (int v = -r; v <= r; v++) s += rows[clamp(v, n) * n + x];
            for (int y = 0; y < n; y++) {
                out[y * n + x] = s;
                s += rows[clamp(y + r + 1, n) * n + x] - rows[clamp(y - r, n) * n + x];
            }
        }
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }

    /** Peak signal-to-noise ratio in dB between two RGB pictures in [0, 1]. */
    public static double psnr(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return 10 * Math.log10(1 / Math.max(1e-12, s / a.length));
    }
}
