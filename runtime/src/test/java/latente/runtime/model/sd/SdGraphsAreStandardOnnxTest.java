package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.OnnxChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Stable Diffusion fixture graph our writer makes passes the onnx checker and shape inference. */
class SdGraphsAreStandardOnnxTest {
    @Test
    void turboXlAndLcmFixturesInEveryPrecision(@TempDir Path dir) throws Exception {
        for (Precision p : Precision.values()) {
            SdFixtures.turbo(dir.resolve("turbo-" + p), p, DataType.INT64, false);
            SdFixtures.xl(dir.resolve("xl-" + p), p);
        }
        SdFixtures.turbo(dir.resolve("turbo-scalar"), Precision.FP32, DataType.FLOAT, true);
        SdFixtures.lcm(dir.resolve("lcm"));
        int checked = OnnxChecker.checkAll(dir);
        assertTrue(checked >= 2 * 3 * 3 + 2 * 3, "text encoders, UNets and VAE parts: " + checked);
    }
}
