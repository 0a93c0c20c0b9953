package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Map;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SDXL-like (two text encoders, text_embeds, time_ids) and LCM-like (timestep_cond) fixtures end to end. */
class SdXlAndLcmTest {
    @TempDir
    Path dir;

    @Test
    void sdxlConcatenatesPenultimateStatesAndGenerates() throws Exception {
        Path root = SdFixtures.xl(dir.resolve("xl"), Precision.FP32);
        try (SdPipeline p = SdPipeline.open(root, SdPipelineTest.QUIET)) {
            assertTrue(p.layout().isXl());
            PromptEmbedding c = p.encode("moss");
            assertEquals(77, c.tokens());
            assertEquals(24 + 40, c.dim());
            assertEquals(16, c.pooled().length);
            // the first 24 columns are text_encoder's hidden_states.1 (penultimate of 0..2), row by row
            float[] penultimate = runHidden(root.resolve("text_encoder/model.onnx"), p, "hidden_states.1");
            for (int t = 0; t < 77; t++) {
                for (int k = 0; k < 24; k++) assertEquals(penultimate[t * 24 + k], c.hidden()[t * 64 + k], 1e-6f);
            }
            SdImage img = p.generate("moss", 1, 1, 64, 64);
            assertEquals(64 * 64 * 3, img.rgb().length);
            assertArrayEquals(img.rgb(), p.generate("moss", 1, 1, 64, 64).rgb());
            assertTrue(SdPipelineTest.meanAbsDiff(img, p.generate("ember", 1, 1, 64, 64)) > 0.002);
            SdImage i2i = p.imageToImage("ember", 2, img, 0.5, 2);
            assertEquals(64, i2i.height());
        }
    }

    @Test
    void sdxlFp16Runs() throws Exception {
        try (SdPipeline p32 = SdPipeline.open(SdFixtures.xl(dir.resolve("a"), Precision.FP32), SdPipelineTest.QUIET);
             SdPipeline p16 = SdPipeline.open(SdFixtures.xl(dir.resolve("b"), Precision.FP16), SdPipelineTest.QUIET)) {
            double d = SdPipelineTest.meanAbsDiff(p32.generate("ember", 4, 4, 64, 64), p16.generate("ember", 4, 4, 64, 64));
            assertTrue(d < 0.01, "fp16 SDXL differs by " + d);
        }
    }

    /** Runs a text encoder directly on the tokens of "moss" and returns one output. */
    private static float[] runHidden(Path file, SdPipeline p, String output) throws Exception {
        ClipTokenizer tok = ClipTokenizer.load(p.layout().tokenizer());
        int[] ids = tok.encode("moss");
        long[] l = new long[ids.length];
        for (int i = 0; i < l.length; i++) l[i] = ids[i];
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(file.toString(), new OrtSession.SessionOptions());
             OnnxTensor in = OnnxTensor.createTensor(env, LongBuffer.wrap(l), new long[] {1, 77});
             OrtSession.Result r = s.run(Map.of("input_ids", in))) {
            java.nio.FloatBuffer b = ((OnnxTensor) r.get(output).get()).getFloatBuffer();
            float[] out = new float[b.remaining()];
            b.get(out);
            return out;
        }
    }

    @Test
    void lcmModelGetsTheLcmSchedulerAndItsGuidanceEmbedding() throws Exception {
        try (SdPipeline p = SdPipeline.open(SdFixtures.lcm(dir.resolve("lcm")), SdPipelineTest.QUIET);
             SdPipeline g2 = SdPipeline.open(dir.resolve("lcm"), SdPipelineTest.QUIET.withGuidance(2.0))) {
            assertEquals("lcm", p.scheduler().name());
            SdImage a = p.generate("moss", 8, 4, 64, 64);
            assertArrayEquals(a.rgb(), p.generate("moss", 8, 4, 64, 64).rgb());
            assertTrue(SdPipelineTest.meanAbsDiff(a, g2.generate("moss", 8, 4, 64, 64)) > 1e-3, "guidance reaches the UNet");
            // a light touch: 4 steps at strength 0.05 plan 80 steps, more than LCM's grid of 50
            SdImage touched = p.imageToImage("ember", 9, a, 0.05, 4);
            double kept = SdPipelineTest.correlation(a, touched);
            double lost = SdPipelineTest.correlation(a, p.imageToImage("ember", 9, a, 1.0, 4));
            assertTrue(kept > lost + 0.3, "correlation with the source " + kept + " against " + lost);
        }
    }

    @Test
    void guidanceEmbeddingFollowsItsFormula() {
        float[] e = Unet.guidanceEmbedding(8.0, 256);
        double w = 7000;
        assertEquals(Math.sin(w), e[0], 1e-6);
        assertEquals(Math.cos(w), e[128], 1e-6);
        assertEquals(Math.sin(w * Math.exp(-5 * Math.log(10000) / 127)), e[5], 1e-5);
    }

    @Test
    void classifierFreeGuidanceChangesTheTurboPicture() throws Exception {
        Path root = SdFixtures.turbo(dir.resolve("t"), Precision.FP32, latente.runtime.onnx.DataType.INT64, false);
        try (SdPipeline plain = SdPipeline.open(root, SdPipelineTest.QUIET);
             SdPipeline cfg = SdPipeline.open(root, SdPipelineTest.QUIET.withGuidance(4.0))) {
            double d = SdPipelineTest.meanAbsDiff(plain.generate("ember", 2, 2, 64, 64), cfg.generate("ember", 2, 2, 64, 64));
            assertTrue(d > 1e-3, "guidance 4 moves the picture: " + d);
        }
    }

    @Test
    void dynamicWidthsAreLearnedAndLatentParametersGiveTheMean() throws Exception {
        Path plain = SdFixtures.xl(dir.resolve("plain"), Precision.FP32);
        Path odd = SdFixtures.xl(dir.resolve("odd"), Precision.FP32);
        SdFixtures.writeTextEncoder(odd.resolve("text_encoder_2/model.onnx"), Precision.FP32, DataType.INT64, 40, true, 16, 13, true);
        SdFixtures.writeVae(odd, Precision.FP32, 32, true);
        try (SdPipeline a = SdPipeline.open(plain, SdPipelineTest.QUIET); SdPipeline b = SdPipeline.open(odd, SdPipelineTest.QUIET)) {
            assertEquals(64, b.encode("moss").dim());
            assertEquals(16, b.encode("moss").pooled().length);
            SdImage src = a.generate("moss", 1, 1, 64, 64);
            assertArrayEquals(a.imageToImage("ember", 2, src, 0.5, 1).rgb(), b.imageToImage("ember", 2, src, 0.5, 1).rgb(), 1e-6f);
        }
    }
}
