package latente.bench.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.model.sd.SdFixtures;
import latente.runtime.model.sd.SdOptions;
import latente.runtime.model.sd.SdPipeline;
import latente.runtime.onnx.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SD benchmark's arithmetic, and a measurement of a tiny fixture model (runtime's test fixtures). */
class SdBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void slopeOfKeyframeTimeIsTheStepCost() {
        List<SdBenchmark.Row> rows = List.of(new SdBenchmark.Row(64, 1, 30), new SdBenchmark.Row(64, 2, 50),
                new SdBenchmark.Row(64, 4, 90), new SdBenchmark.Row(128, 1, 1000));
        assertEquals(20, SdBenchmark.msPerStep(rows, 64), 1e-9);
        assertEquals(1000 / 30.0, rows.get(0).keyframesPerSecond(), 1e-9);
        assertEquals(2.5, SdBenchmark.median(new double[] {9, 1, 2, 3}), 1e-12);
    }

    @Test
    void measuresAFixtureAndDescribesItsSignature() throws Exception {
        try (SdPipeline sd = SdPipeline.open(SdFixtures.turbo(dir, Precision.FP32, DataType.INT64, false), SdOptions.defaults().withThreads(1).withNotice(m -> { }))) {
            List<SdBenchmark.Row> rows = SdBenchmark.keyframes(sd, new int[] {64}, new int[] {1, 2}, 1);
            assertEquals(2, rows.size());
            assertTrue(rows.get(0).msPerKeyframe() > 0);
            assertTrue(SdBenchmark.encodeMs(sd, 1) > 0);
            List<String> lines = sd.describe();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("unet/model.onnx: ") && l.contains("timestep INT64[1]")
                    && l.contains("-> out_sample FLOAT[-1,4,-1,-1]")), lines.toString());
            assertEquals(4, lines.size()); // text encoder, UNet, VAE decoder and encoder
        }
    }
}
