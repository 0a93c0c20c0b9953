package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentModel;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Noise;
import latente.runtime.model.Request;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SD fixture through the LatentModel interface the streaming layer uses. */
class SdModelTest {
    @TempDir
    Path dir;
    static final ModelOptions QUIET = ModelOptions.defaults().withThreads(1).withCuda(false).withNotices(m -> { });

    @Test
    void generatesThroughTheInterfaceAsThePipelineDoes() throws Exception {
        Path root = SdFixtures.turbo(dir, Precision.FP32, DataType.INT64, false);
        try (LatentModel m = SdModel.open(root, 64, 48, QUIET)) {
            assertEquals(root.toString(), m.name());
            assertEquals(4 * 6 * 8, m.noiseLength());
            assertTrue(m.vocabulary().isEmpty());
            float[] rgb = new float[64 * 48 * 3];
            m.generate(Conditioning.of("moss"), 3, 2, rgb);
            SdPipeline sd = ((SdModel) m).pipeline();
            assertArrayEquals(sd.generate("moss", 3, 2, 64, 48).rgb(), rgb);

            float[] mixed = new float[rgb.length];
            Conditioning half = Conditioning.mix(Conditioning.of("moss"), Conditioning.of("ember"), 0.5);
            m.generate(Request.of(half, Noise.seeded(3, m.noiseLength()), 2), mixed);
            PromptEmbedding lerp = PromptEmbedding.lerp(sd.encode("moss"), sd.encode("ember"), 0.5);
            assertArrayEquals(sd.generate(lerp, sd.noise(3, 64, 48), 0, 2, 64, 48).rgb(), mixed, 1e-5f);
        }
    }

    @Test
    void imageToImageFromAnyOutput() throws Exception {
        try (LatentModel m = SdModel.open(SdFixtures.turbo(dir, Precision.FP32, DataType.INT64, false), 64, 64, QUIET)) {
            float[] source = new float[64 * 64 * 3];
            m.generate(Conditioning.of("moss"), 1, 1, source);
            float[] out = new float[source.length];
            Request r = Request.of(Conditioning.of("ember"), Noise.seeded(2, m.noiseLength()), 2);
            m.generate(r.from(source, 0.5f), out);
            float[] again = new float[source.length];
            m.generate(r.from(source, 0.5f), again);
            assertArrayEquals(out, again);
            m.generate(r.from(source, 0f), again);
            assertArrayEquals(source, again, "strength 0 keeps the source");
            assertThrows(IllegalArgumentException.class, () -> m.generate(r, new float[10]));
        }
    }

    @Test
    void lcmModelIsDeterministicThroughTheInterface() throws Exception {
        try (LatentModel m = SdModel.open(SdFixtures.lcm(dir), 64, 64, QUIET)) {
            float[] a = new float[64 * 64 * 3];
            float[] b = new float[a.length];
            m.generate(new Conditioning(Map.of("moss", 2.0, "ember", 1.0)), 5, 4, a);
            m.generate(new Conditioning(Map.of("moss", 2.0, "ember", 1.0)), 5, 4, b);
            assertArrayEquals(a, b);
        }
    }

    @Test
    void modelsOpenTakesAnSdDirectory() throws Exception {
        Path root = SdFixtures.turbo(dir, Precision.FP32, DataType.INT64, false);
        try (LatentModel m = latente.runtime.model.Models.open(root.toString(), 64, QUIET, null)) {
            assertTrue(m instanceof SdModel);
            assertEquals(64, m.width());
            assertEquals(4 * 8 * 8, m.noiseLength());
        }
    }

    @Test
    void brokenDirectoryIsAModelExceptionNamingTheFile() {
        ModelException e = assertThrows(ModelException.class, () -> SdModel.open(dir.resolve("absent"), 64, 64, QUIET));
        assertTrue(e.getMessage().contains("absent"), e.getMessage());
    }
}
