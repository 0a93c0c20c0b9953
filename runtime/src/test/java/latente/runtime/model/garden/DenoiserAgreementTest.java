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

    /** Log weights for the first families; the others get weight 0. */
    private static float[] logCond(float... w) {
        float[] out = new float[bank.families().size()];
        for (int i = 0; i < out.length; i++) out[i] = (float) Math.log((i < w.length ? w[i] : 0) + 1e-4);
        return out;
    }

    @Test
    void matchesTheFormulaForEveryPatchSizeWithTheFullSoftmax() throws Exception {
        ReferenceDenoiser ref = new ReferenceDenoiser(layout, bank, true);
        float[] cond = logCond(0.2f, 0.2f, 0.2f, 0.2f, 0.2f);
        for (int patch = 1; patch <= layout.maxPatch(); patch += 2) {
            float[] x = noisy(0.7f, patch);
            float[] got = new float[x.length];
            model.denoise(grid(x), 0.7f, patch, layout.exemplars(), layout.exemplars(), true, cond, true, got);
            float[] want = ref.denoise(grid(x), 0.7f, patch, layout.exemplars(), cond);
            double max = maxAbs(got, want);
            assertTrue(max < 2e-3, "patch " + patch + ": max difference " + max);
        }
    }

    @Test
    void matchesTheFormulaWithTopKAndConditioningWithinInt8Tolerance() throws Exception {
        float[] cond = logCond(0.7f, 0.3f, 0, 0, 0);
        float[] x = noisy(0.3f, 11);
        float[] got = new float[x.length];
        model.denoise(grid(x), 0.3f, 3, 3, layout.exemplars(), true, cond, true, got);
        float[] exact = new ReferenceDenoiser(layout, bank, true).denoise(grid(x), 0.3f, 3, 3, cond);
        assertTrue(meanAbs(got, exact) < 2e-3, "same int8 bank: mean difference " + meanAbs(got, exact));
        float[] fp32 = new ReferenceDenoiser(layout, bank, false).denoise(grid(x), 0.3f, 3, 3, cond);
        // int8 steps are 1/127 of the [-1, 1] range; rare top-k ties may pick another candidate.
        assertTrue(meanAbs(got, fp32) < 0.02, "fp32 bank: mean difference " + meanAbs(got, fp32));
    }

    @Test
    void theGridOutputBlendsEachCellsCandidateMeans() throws Exception {
        float[] cond = logCond(0.1f, 0.6f, 0.1f, 0.1f, 0.1f);
        float[] x = grid(noisy(2f, 5));
        float[] coarse = new float[x.length];
        model.denoise(x, 2f, 5, 4, layout.exemplars(), true, cond, false, coarse);
        float[] want = new ReferenceDenoiser(layout, bank, true).denoiseGrid(x, 2f, 5, 4, cond);
        double max = maxAbs(want, coarse);
        assertTrue(max < 2e-3, "grid output differs from the formula by " + max);
    }

    @Test
    void theFullOutputIsTheTentBlendOfTheFourCellsAroundEachPixel() throws Exception {
        float[] cond = logCond(0.2f, 0.2f, 0.2f, 0.2f, 0.2f);
        float[] x = grid(noisy(0.05f, 3));
        float[] got = new float[3 * 32 * 32];
        model.denoise(x, 0.05f, 1, 2, layout.exemplars(), true, cond, true, got);
        float[] want = new ReferenceDenoiser(layout, bank, true).denoise(x, 0.05f, 1, 2, cond);
        assertTrue(maxAbs(got, want) < 2e-3, "tent blend differs from the formula by " + maxAbs(got, want));
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
