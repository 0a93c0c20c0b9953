package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on tiny SD-Turbo-like fixtures in fp32 (int64 timestep [1]), fp16 (float16 timestep []) and int8. */
class SdPipelineTest {
    @TempDir
    static Path root;
    static SdPipeline fp32;
    static SdPipeline fp16;
    static SdPipeline int8;
    static final SdOptions QUIET = SdOptions.defaults().withThreads(1).withNotice(m -> { });

    @BeforeAll
    static void open() throws Exception {
        fp32 = SdPipeline.open(SdFixtures.turbo(root.resolve("fp32"), Precision.FP32, DataType.INT64, false), QUIET);
        fp16 = SdPipeline.open(SdFixtures.turbo(root.resolve("fp16"), Precision.FP16, DataType.FLOAT16, true), QUIET);
        int8 = SdPipeline.open(SdFixtures.turbo(root.resolve("int8"), Precision.INT8, DataType.FLOAT, false), QUIET);
    }

    @AfterAll
    static void close() {
        fp32.close();
        fp16.close();
        int8.close();
    }

    static double meanAbsDiff(SdImage a, SdImage b) {
        double s = 0;
        for (int i = 0; i < a.rgb().length; i++) s += Math.abs(a.rgb()[i] - b.rgb()[i]);
        return s / a.rgb().length;
    }

    static double std(SdImage a) {
        double m = 0;
        double q = 0;
        for (float v : a.rgb()) {
            m += v;
            q += v * v;
        }
        m /= a.rgb().length;
        return Math.sqrt(q / a.rgb().length - m * m);
    }

    @Test
    void generates64x64InOneAndFourSteps() throws Exception {
        assertEquals("euler-trailing", fp32.scheduler().name());
        for (int steps : new int[] {1, 4}) {
            SdImage img = fp32.generate("moss", 7, steps, 64, 64);
            assertEquals(64, img.width());
            assertEquals(64, img.height());
            assertEquals(64 * 64 * 3, img.rgb().length);
            for (float v : img.rgb()) assertTrue(v >= 0 && v <= 1);
            assertTrue(std(img) > 0.02, "a picture, not a flat colour: std " + std(img));
        }
        assertTrue(meanAbsDiff(fp32.generate("moss", 7, 1, 64, 64), fp32.generate("moss", 7, 4, 64, 64)) > 1e-3);
        SdImage wide = fp32.generate("moss", 7, 2, 96, 64);
        assertEquals(96, wide.width());
        assertEquals(64, wide.height());
    }

    @Test
    void sameSeedSameFrameOtherSeedOrPromptOtherFrame() throws Exception {
        SdImage a = fp32.generate("moss", 3, 2, 64, 64);
        assertArrayEquals(a.rgb(), fp32.generate("moss", 3, 2, 64, 64).rgb());
        assertTrue(meanAbsDiff(a, fp32.generate("moss", 4, 2, 64, 64)) > 0.01);
        assertTrue(meanAbsDiff(a, fp32.generate("ember", 3, 2, 64, 64)) > 0.005);
    }

    @Test
    void fp16AndInt8ModelsGiveTheFp32PictureWithinTheirPrecision() throws Exception {
        SdImage ref = fp32.generate("ember moss", 11, 4, 64, 64);
        double half = meanAbsDiff(ref, fp16.generate("ember moss", 11, 4, 64, 64));
        double q8 = meanAbsDiff(ref, int8.generate("ember moss", 11, 4, 64, 64));
        assertTrue(half < 0.01, "fp16 differs by " + half);
        assertTrue(q8 < 0.03, "int8 differs by " + q8);
        // and the tolerance is meaningful: another seed is far away
        assertTrue(meanAbsDiff(ref, fp32.generate("ember moss", 12, 4, 64, 64)) > 5 * Math.max(half, 0.002));
    }

    @Test
    void imageToImageKeepsMoreOfTheSourceAtLowStrength() throws Exception {
        assertTrue(fp32.canImageToImage());
        float[] rgb = new float[64 * 64 * 3];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                rgb[(y * 64 + x) * 3] = x / 63f;
                rgb[(y * 64 + x) * 3 + 2] = y < 32 ? 0.9f : 0.1f;
            }
        }
        SdImage source = new SdImage(64, 64, rgb);
        SdImage low = fp32.imageToImage("moss", 5, source, 0.25, 1);
        SdImage full = fp32.imageToImage("moss", 5, source, 1.0, 1);
        assertEquals(64, low.width());
        assertArrayEquals(low.rgb(), fp32.imageToImage("moss", 5, source, 0.25, 1).rgb());
        double keep = correlation(low, source);
        double lose = correlation(full, source);
        assertTrue(keep > 0.8 && keep > lose + 0.3, "correlation with source: " + keep + " at 0.25, " + lose + " at 1.0");
        SdImage twoSteps = fp32.imageToImage("moss", 5, source, 0.5, 2);
        assertTrue(correlation(twoSteps, source) > 0.5);
    }

    @Test
    void lerpedConditioningLiesBetweenItsEnds() throws Exception {
        PromptEmbedding a = fp32.encode("moss");
        PromptEmbedding b = fp32.encode("ember");
        PromptEmbedding mid = PromptEmbedding.lerp(a, b, 0.5);
        assertEquals(77, mid.tokens());
        assertEquals(32, mid.dim());
        float[] noise = fp32.noise(9, 64, 64);
        SdImage ia = fp32.generate(a, noise, 9, 1, 64, 64);
        SdImage ib = fp32.generate(b, noise, 9, 1, 64, 64);
        SdImage im = fp32.generate(mid, noise, 9, 1, 64, 64);
        double ab = meanAbsDiff(ia, ib);
        assertTrue(meanAbsDiff(ia, im) < ab && meanAbsDiff(ib, im) < ab);
    }

    /** Spatial correlation of the red and blue channels (the source's green is flat), averaged. */
    static double correlation(SdImage a, SdImage b) {
        return (channelCorrelation(a, b, 0) + channelCorrelation(a, b, 2)) / 2;
    }

    static double channelCorrelation(SdImage a, SdImage b, int c) {
        int n = a.width() * a.height();
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a.rgb()[i * 3 + c];
            mb += b.rgb()[i * 3 + c];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double x = a.rgb()[i * 3 + c] - ma;
            double y = b.rgb()[i * 3 + c] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return sab / Math.sqrt(saa * sbb + 1e-12);
    }
}
