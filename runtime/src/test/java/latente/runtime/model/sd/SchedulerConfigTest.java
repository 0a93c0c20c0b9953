package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scheduler/scheduler_config.json chooses the sampler and says what the UNet predicts. */
class SchedulerConfigTest {
    @TempDir
    Path dir;

    private Path withConfig(String name, String json) throws Exception {
        Path root = SdFixtures.turbo(dir.resolve(name), Precision.FP32, DataType.INT64, false);
        Files.createDirectories(root.resolve("scheduler"));
        Files.writeString(root.resolve("scheduler/scheduler_config.json"), json);
        return root;
    }

    @Test
    void vPredictionIsTurnedIntoNoise() {
        double ab = 0.3;
        float x0 = 0.8f;
        float eps = -1.1f;
        float input = (float) (Math.sqrt(ab) * x0 + Math.sqrt(1 - ab) * eps);
        float[] v = {(float) (Math.sqrt(ab) * eps - Math.sqrt(1 - ab) * x0)};
        SdPipeline.vToEps(v, new float[] {input}, ab);
        assertEquals(eps, v[0], 1e-6);
    }

    @Test
    void configChoosesSamplerAndPrediction() throws Exception {
        Path eps = withConfig("eps", "{\"_class_name\": \"EulerDiscreteScheduler\", \"timestep_spacing\": \"leading\","
                + " \"beta_schedule\": \"scaled_linear\", \"beta_start\": 0.00085, \"beta_end\": 0.012, \"prediction_type\": \"epsilon\"}");
        Path v = withConfig("v", "{\"_class_name\": \"EulerDiscreteScheduler\", \"timestep_spacing\": \"leading\","
                + " \"prediction_type\": \"v_prediction\"}");
        Path lcm = withConfig("lcm", "{\"_class_name\": \"LCMScheduler\", \"original_inference_steps\": 50}");
        try (SdPipeline a = SdPipeline.open(eps, SdPipelineTest.QUIET); SdPipeline b = SdPipeline.open(v, SdPipelineTest.QUIET);
             SdPipeline c = SdPipeline.open(lcm, SdPipelineTest.QUIET)) {
            assertEquals("euler-leading", a.scheduler().name());
            assertEquals("lcm", c.scheduler().name());
            double d = SdPipelineTest.meanAbsDiff(a.generate("moss", 1, 2, 64, 64), b.generate("moss", 1, 2, 64, 64));
            assertTrue(d > 0.01, "v-prediction reads the same UNet output differently: " + d);
        }
    }

    @Test
    void unsupportedConfigIsNamed() throws Exception {
        Path root = withConfig("bad", "{\"prediction_type\": \"sample\"}");
        SdModelException e = assertThrows(SdModelException.class, () -> SdPipeline.open(root, SdPipelineTest.QUIET));
        assertTrue(e.getMessage().contains("scheduler_config.json") && e.getMessage().contains("sample"), e.getMessage());
        Files.writeString(root.resolve("scheduler/scheduler_config.json"), "{\"beta_schedule\": \"linear\"}");
        e = assertThrows(SdModelException.class, () -> SdPipeline.open(root, SdPipelineTest.QUIET));
        assertTrue(e.getMessage().contains("beta_schedule"), e.getMessage());
    }
}
