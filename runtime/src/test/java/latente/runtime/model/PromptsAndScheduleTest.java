package latente.runtime.model;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.model.garden.FamilyPrompt;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptsAndScheduleTest {
    private final List<String> notices = new ArrayList<>();
    private final FamilyPrompt prompt = new FamilyPrompt(List.of("moss", "ember", "glass"), notices::add);

    @Test
    void wordsBecomeFamilyWeights() {
        assertArrayEquals(new double[] {0.5, 0.5, 0}, prompt.weights(Conditioning.of("moss ember")), 1e-12);
        assertArrayEquals(new double[] {0.75, 0.25, 0}, prompt.weights(Conditioning.of("Moss:3, ember")), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, prompt.weights(Conditioning.of("glass glass")), 1e-12);
        assertTrue(notices.isEmpty());
    }

    @Test
    void unknownWordsWarnOnceAndAreIgnored() {
        assertArrayEquals(new double[] {1, 0, 0}, prompt.weights(Conditioning.of("moss lava")), 1e-12);
        prompt.weights(Conditioning.of("lava moss"));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("'lava'") && notices.get(0).contains("moss, ember, glass"), notices.get(0));
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, prompt.weights(Conditioning.of("lava")), 1e-12);
    }

    @Test
    void mixingConditioningsInterpolatesFamilyWeights() {
        Conditioning c = Conditioning.mix(Conditioning.of("moss"), Conditioning.of("ember glass"), 0.25);
        assertArrayEquals(new double[] {0.75, 0.125, 0.125}, prompt.weights(c), 1e-12);
    }

    @Test
    void karrasScheduleFollowsThePublishedFormula() {
        double[] s = KarrasSchedule.sigmas(4, 40, 0.02);
        assertArrayEquals(new double[] {40, 6.97629258459791, 0.6772351680783708, 0.02}, s, 1e-9);
        assertArrayEquals(new double[] {40}, KarrasSchedule.sigmas(1, 40, 0.02), 1e-12);
    }

    @Test
    void seededNoiseIsGaussianAndRepeatable() {
        float[] a = Noise.seeded(3, 100_000), b = Noise.seeded(3, 100_000), c = Noise.seeded(4, 100_000);
        assertArrayEquals(a, b);
        assertNotEquals(a[0], c[0]);
        double mean = 0, var = 0;
        for (float v : a) mean += v / a.length;
        for (float v : a) var += (v - mean) * (v - mean) / a.length;
        assertEquals(0, mean, 0.02);
        assertEquals(1, var, 0.02);
    }

    @Test
    void slerpKeepsTheNormOfGaussianNoise() {
        float[] a = Noise.seeded(1, 50_000), b = Noise.seeded(2, 50_000), mid = Noise.slerp(a, b, 0.5, new float[50_000]);
        assertEquals(norm(a), norm(mid), norm(a) * 0.02);
        assertArrayEquals(a, Noise.slerp(a, b, 0, new float[50_000]), 1e-5f);
        assertArrayEquals(b, Noise.slerp(a, b, 1, new float[50_000]), 1e-5f);
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        return Math.sqrt(s);
    }
}
