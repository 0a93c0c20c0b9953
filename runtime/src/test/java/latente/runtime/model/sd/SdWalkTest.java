package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentWalk;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A latent walk over an SD model: small walk steps give small image changes, a jump a large one. */
class SdWalkTest {
    @TempDir
    Path dir;

    @Test
    void smallWalkStepsGiveSmallChanges() throws Exception {
        try (SdModel m = SdModel.open(SdFixtures.turbo(dir, Precision.FP32, DataType.INT64, false), 64, 64,
                SdModelTest.QUIET)) {
            LatentWalk walk = new LatentWalk(m.noiseLength(), 7, 0.05, Conditioning.of("moss"));
            float[] prev = new float[64 * 64 * 3];
            float[] next = new float[prev.length];
            m.generate(walk.request(1), prev);
            double largestSmall = 0;
            for (int i = 0; i < 5; i++) {
                walk.advance(0.1); // 0.005 of a leg
                m.generate(walk.request(1), next);
                largestSmall = Math.max(largestSmall, meanAbsDiff(prev, next));
                System.arraycopy(next, 0, prev, 0, prev.length);
            }
            walk.jump();
            walk.advance(0.1);
            m.generate(walk.request(1), next);
            double jump = meanAbsDiff(prev, next);
            assertTrue(largestSmall < jump / 10, "walk step " + largestSmall + " against jump " + jump);
        }
    }

    private static double meanAbsDiff(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return s / a.length;
    }
}
