package latente.runtime.model.garden;

import java.nio.file.Path;
import latente.runtime.model.Gaussian;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ONNX denoiser against the plain-Java formula on small inputs. */
class DenoiserAgreementTest {
    @TempDir
    static Path dir;
    static ExemplarBank bank;
    static GardenModel model;
    static GardenLayout layout;

    @BeforeAll
    static void build() throws Exception {
        bank = SmallGardens.bank(32, 1);
        model = SmallGardens.open(bank, 2, dir);
        layout = model.layout();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static float[] noisy(float sigma, long seed) {
        float[] x = new float[3 * 32 * 32];
        Gaussian g = new Gaussian(seed);
        float[] a = bank.images().get(1), b = bank.images().get(3);
        for (int i = 0; i < x.length; i++) {
            boolean left = (i % 32) < 16;
            x[i] = (left ? a[i] : b[i]) + (float) (sigma * g.next());
        }
        return x;
    }

    private static float[] logCond(float... w) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) out[i] = (float) Math.log(w[i] + 1e-4);
        return out;
    }

    @Test
    void matchesTheFormulaForEveryPatchSizeWithTheFullSoftmax() throws Exception {
        ReferenceDenoiser ref = new ReferenceDenoiser(layout, SmallGardens.dequantizedBlocks(bank, layout), bank.family());
        float[] cond = logCond(0.2f, 0.2f, 0.2f, 0.2f, 0.2f);
        for (int patch = 1; patch <= layout.maxPatch(); patch += 2) {
            float[] x = noisy(0.7f, patch);
            float[] got = new float[x.length];
            model.denoise(grid(x), 0.7f, patch, layout.exemplars(), cond, true, got);
            float[] want = ref.denoise(x, 0.7f, patch, layout.exemplars(), cond);
            // Each exemplar offers its best shift at a cell: an argmax that float rounding can flip
            // where two shifts tie, so one grid cell may pick another (equally good) candidate.
            int cells = cellsDiffering(got, want, 2e-3);
            assertTrue(cells <= 1, "patch " + patch + ": " + cells + " grid cells differ; max difference " + maxAbs(got, want));
        }
    }

    @Test
    void matchesTheFormulaWithTopKAndConditioningWithinInt8Tolerance() throws Exception {
        float[] cond = logCond(0.7f, 0.3f, 0, 0, 0);
        float[] x = noisy(0.3f, 11);
        float[] got = new float[x.length];
        model.denoise(grid(x), 0.3f, 3, 3, cond, true, got);
        float[] exact = new ReferenceDenoiser(layout, SmallGardens.dequantizedBlocks(bank, layout), bank.family())
                .denoise(x, 0.3f, 3, 3, cond);
        assertTrue(meanAbs(got, exact) < 2e-3, "same int8 bank: mean difference " + meanAbs(got, exact));
        float[] fp32 = new ReferenceDenoiser(layout, GardenGraph.blockBank(bank, layout), bank.family())
                .denoise(x, 0.3f, 3, 3, cond);
        // int8 steps are 1/127 of the [-1, 1] range; rare top-k ties may pick another candidate.
        assertTrue(meanAbs(got, fp32) < 0.02, "fp32 bank: mean difference " + meanAbs(got, fp32));
    }

    @Test
    void theGridOutputIsTheBlockAverageOfTheFullOne() throws Exception {
        float[] cond = logCond(0.1f, 0.6f, 0.1f, 0.1f, 0.1f);
        float[] x = grid(noisy(2f, 5));
        float[] full = new float[3 * 32 * 32], coarse = new float[x.length];
        model.denoise(x, 2f, 5, 4, cond, true, full);
        model.denoise(x, 2f, 5, 4, cond, false, coarse);
        double max = maxAbs(grid(full), coarse);
        assertTrue(max < 1e-5, "grid output differs from the block average by " + max);
    }

    @Test
    void samplingOnTheGridGivesTheSameKeyframeAsSamplingAtFullResolution() throws Exception {
        float[] noise = latente.runtime.model.Noise.seeded(21, model.noiseLength());
        float[] fast = new float[3 * 32 * 32];
        model.generate(latente.runtime.model.Request.of(latente.runtime.model.Conditioning.of("glass ember"), noise, 4), fast);

        float[] cond = model.prompt().logWeights(latente.runtime.model.Conditioning.of("glass ember"), new float[5]);
        double[] sig = latente.runtime.model.KarrasSchedule.sigmas(4, GardenModel.SIGMA_MAX, GardenModel.SIGMA_MIN);
        float[] x = new float[noise.length], d = new float[noise.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) (noise[i] * sig[0]);
        for (int k = 0; k < 4; k++) {
            model.denoise(grid(x), (float) sig[k], layout.patch(sig[k]), layout.topK(sig[k]), cond, true, d);
            float ratio = k == 3 ? 0 : (float) (sig[k + 1] / sig[k]);
            for (int i = 0; i < x.length; i++) x[i] = d[i] + ratio * (x[i] - d[i]);
        }
        float[] slow = new float[fast.length];
        for (int p = 0; p < 32 * 32; p++) {
            for (int ch = 0; ch < 3; ch++) slow[p * 3 + ch] = Math.max(0, Math.min(1, (x[ch * 32 * 32 + p] + 1) / 2));
        }
        assertTrue(meanAbs(fast, slow) < 1e-3, "grid sampler vs full-resolution sampler: " + meanAbs(fast, slow));
    }

    /** f×f block means of a planar [3,n,n] image: what the graph's x input takes. */
    static float[] grid(float[] planar) {
        int n = layout.size(), f = layout.factor(), g = layout.grid();
        float[] out = new float[3 * g * g];
        for (int ch = 0; ch < 3; ch++) {
            for (int y = 0; y < n; y++) {
                for (int xx = 0; xx < n; xx++) out[ch * g * g + (y / f) * g + xx / f] += planar[ch * n * n + y * n + xx] / (f * f);
            }
        }
        return out;
    }

    /** Grid cells (factor × factor blocks of the 32×32 planar RGB images) where a and b differ by more than tolerance. */
    static int cellsDiffering(float[] a, float[] b, double tolerance) {
        int f = layout.factor(), g = 32 / f;
        boolean[] differs = new boolean[g * g];
        for (int i = 0; i < a.length; i++) {
            int y = (i % 1024) / 32, x = i % 32;
            if (Math.abs(a[i] - b[i]) > tolerance) differs[(y / f) * g + x / f] = true;
        }
        int n = 0;
        for (boolean d : differs) if (d) n++;
        return n;
    }

    static double maxAbs(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    static double meanAbs(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return s / a.length;
    }
}
