package latente.runtime.model.garden;

import java.nio.file.Path;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentWalk;
import latente.runtime.model.Noise;
import latente.runtime.model.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user sees from whole sampling runs of a small garden model. */
class GardenSamplingTest {
    static final int N = 64;
    @TempDir
    static Path dir;
    static ExemplarBank bank;
    static GardenModel model;

    @BeforeAll
    static void build() throws Exception {
        bank = SmallGardens.bank(N, 2);
        model = SmallGardens.open(bank, 1, dir);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static float[] frame(String prompt, long seed) throws Exception {
        float[] rgb = new float[N * N * 3];
        model.generate(Conditioning.of(prompt), seed, 4, rgb);
        return rgb;
    }

    static double[] meanColour(float[] rgb) {
        double[] m = new double[3];
        for (int i = 0; i < rgb.length; i++) m[i % 3] += rgb[i] / (rgb.length / 3.0);
        return m;
    }

    static double[] bankColour(int familyIndex) {
        double[] m = new double[3];
        int count = 0;
        for (int e = 0; e < bank.count(); e++) {
            if (bank.family()[e] != familyIndex) continue;
            float[] im = bank.images().get(e);
            for (int i = 0; i < im.length; i++) m[i / (N * N)] += (im[i] + 1) / 2;
            count += N * N;
        }
        for (int c = 0; c < 3; c++) m[c] /= count;
        return m;
    }

    static double dist(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }

    @Test
    void eachPromptLandsOnItsFamilysColours() throws Exception {
        for (int f = 0; f < Families.NAMES.size(); f++) {
            double[] got = meanColour(frame(Families.NAMES.get(f), 5));
            int nearest = 0;
            for (int o = 1; o < Families.NAMES.size(); o++) {
                if (dist(got, bankColour(o)) < dist(got, bankColour(nearest))) nearest = o;
            }
            assertEquals(Families.NAMES.get(f), Families.NAMES.get(nearest), "mean colour of '" + Families.NAMES.get(f) + "'");
        }
    }

    @Test
    void mixingTwoFamiliesLandsBetweenThem() throws Exception {
        double mossGreen = meanColour(frame("moss", 9))[1] - meanColour(frame("moss", 9))[0];
        double emberGreen = meanColour(frame("ember", 9))[1] - meanColour(frame("ember", 9))[0];
        double[] mix = meanColour(frame("moss ember", 9));
        double mixGreen = mix[1] - mix[0];
        assertTrue(mixGreen < mossGreen && mixGreen > emberGreen,
                "green minus red: moss " + mossGreen + ", mix " + mixGreen + ", ember " + emberGreen);
    }

    @Test
    void sameSeedSameFrameOtherSeedOtherFrame() throws Exception {
        float[] a = frame("tide glass", 42);
        assertArrayEquals(a, frame("tide glass", 42));
        assertTrue(DenoiserAgreementTest.meanAbs(a, frame("tide glass", 43)) > 0.02);
    }

    @Test
    void atTheLowestNoiseLevelPixelsAndPatchesComeFromTheBank() throws Exception {
        float[] rgb = frame("moss glass ink", 3);
        GardenLayout l = model.layout();
        // Control: every pixel from a random candidate — bank pixels, but no patch structure.
        float[] control = new float[rgb.length];
        latente.runtime.model.Gaussian pick = new latente.runtime.model.Gaussian(1);
        for (int p = 0; p < N * N; p++) {
            float[] im = bank.images().get((int) (pick.uniform() * bank.count()));
            int s = (int) (pick.uniform() * l.shifts());
            int sy = Math.floorMod(p / N + l.shiftY(s), N), sx = Math.floorMod(p % N + l.shiftX(s), N);
            for (int c = 0; c < 3; c++) control[p * 3 + c] = (im[c * N * N + sy * N + sx] + 1) / 2;
        }
        int fromBank = 0;
        double patchDistance = 0, controlDistance = 0;
        for (int y = 1; y < N - 1; y++) {
            for (int x = 1; x < N - 1; x++) {
                boolean pixel = false;
                for (int e = 0; e < bank.count(); e++) {
                    for (int s = 0; s < l.shifts(); s++) {
                        pixel |= close(rgb, bank.images().get(e), x, y, l.shiftX(s), l.shiftY(s), 0);
                    }
                }
                if (pixel) fromBank++;
                patchDistance += nearestPatch(rgb, x, y, l);
                controlDistance += nearestPatch(control, x, y, l);
            }
        }
        int inner = (N - 2) * (N - 2);
        // σ_min = 0.02 makes the softmax nearly one-hot; only near-ties between two candidates blend.
        assertTrue(fromBank > inner * 0.99, "pixels equal to a bank pixel at a candidate position: " + fromBank + " of " + inner);
        // The 3x3 neighbourhoods are (close to) bank patches, far closer than a pixel mosaic's.
        assertTrue(patchDistance < 0.5 * controlDistance,
                "mean distance to the nearest bank patch: output " + patchDistance / inner + ", pixel mosaic " + controlDistance / inner);
    }

    /** RMS difference between the 3x3 patch of rgb at (x, y) and the nearest candidate patch there. */
    private static double nearestPatch(float[] rgb, int x, int y, GardenLayout l) {
        double best = Double.MAX_VALUE;
        for (int e = 0; e < bank.count(); e++) {
            float[] im = bank.images().get(e);
            for (int s = 0; s < l.shifts(); s++) {
                double sum = 0;
                for (int v = -1; v <= 1; v++) {
                    for (int u = -1; u <= 1; u++) {
                        int sy = Math.floorMod(y + v + l.shiftY(s), N), sx = Math.floorMod(x + u + l.shiftX(s), N);
                        for (int c = 0; c < 3; c++) {
                            double d = rgb[((y + v) * N + x + u) * 3 + c] - Math.max(0, Math.min(1, (im[c * N * N + sy * N + sx] + 1) / 2));
                            sum += d * d;
                        }
                    }
                }
                best = Math.min(best, sum);
            }
        }
        return Math.sqrt(best / 27);
    }

    /** Whether the (2r+1)² patch of rgb at (x, y) equals exemplar im shifted by (dx, dy), within int8 steps. */
    private static boolean close(float[] rgb, float[] im, int x, int y, int dx, int dy, int r) {
        for (int v = -r; v <= r; v++) {
            for (int u = -r; u <= r; u++) {
                int sy = Math.floorMod(y + v + dy, N), sx = Math.floorMod(x + u + dx, N);
                for (int c = 0; c < 3; c++) {
                    float want = Math.max(0, Math.min(1, (im[c * N * N + sy * N + sx] + 1) / 2));
                    if (Math.abs(rgb[((y + v) * N + x + u) * 3 + c] - want) > 0.01f) return false;
                }
            }
        }
        return true;
    }

    @Test
    void imageToImageKeepsMoreOfTheSourceAtLowerStrength() throws Exception {
        float[] source = frame("glass", 1);
        float[] noise = Noise.seeded(77, model.noiseLength());
        double previous = -1;
        for (float strength : new float[] {0.15f, 0.5f, 1f}) {
            float[] out = new float[source.length];
            model.generate(Request.of(Conditioning.of("ember"), noise, 4).from(source, strength), out);
            double change = DenoiserAgreementTest.meanAbs(out, source);
            assertTrue(change > previous, "strength " + strength + " changed " + change + " (less than before: " + previous + ")");
            previous = change;
        }
        float[] gentle = new float[source.length];
        model.generate(Request.of(Conditioning.of("ember"), noise, 4).from(source, 0.15f), gentle);
        assertTrue(DenoiserAgreementTest.meanAbs(gentle, source) < 0.05, "strength 0.15 should keep the source");
    }

    @Test
    void smallWalkStepsGiveSmallImageChanges() throws Exception {
        LatentWalk walk = new LatentWalk(model.noiseLength(), 7, 0.02, Conditioning.of("tide ember"));
        float[] previous = new float[N * N * 3], now = new float[N * N * 3];
        model.generate(walk.request(4), previous);
        double smallest = Double.MAX_VALUE, largest = 0;
        for (int i = 0; i < 5; i++) {
            walk.advance(1);                                        // 0.02 of a leg
            model.generate(walk.request(4), now);
            double d = DenoiserAgreementTest.meanAbs(previous, now);
            largest = Math.max(largest, d);
            System.arraycopy(now, 0, previous, 0, now.length);
        }
        walk.jump();
        walk.advance(0);
        model.generate(walk.request(4), now);
        double jump = DenoiserAgreementTest.meanAbs(previous, now);
        assertTrue(largest < jump / 3, "walk steps changed up to " + largest + ", a jump " + jump);
    }
}
