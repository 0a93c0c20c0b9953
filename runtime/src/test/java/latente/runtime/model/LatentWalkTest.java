package latente.runtime.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatentWalkTest {
    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s / a.length);
    }

    @Test
    void walksFromSeedToSeedAtItsRate() {
        LatentWalk w = new LatentWalk(1000, 5, 0.5, Conditioning.of("moss"));
        assertArrayEquals(Noise.seeded(5, 1000), w.request(4).noise());
        w.advance(1);                                     // half a leg
        assertEquals(0.5, w.position(), 1e-12);
        float[] half = w.request(4).noise().clone();
        assertArrayEquals(Noise.slerp(Noise.seeded(5, 1000), Noise.seeded(6, 1000), 0.5, new float[1000]), half, 1e-6f);
        w.advance(1.2);                                   // 0.6 more: into the next leg
        assertEquals(0.1, w.position(), 1e-9);
        assertArrayEquals(Noise.slerp(Noise.seeded(6, 1000), Noise.seeded(7, 1000), 0.1, new float[1000]),
                w.request(4).noise(), 1e-6f);
    }

    @Test
    void smallStepsMoveTheNoiseLittleAndAJumpMovesItFar() {
        LatentWalk w = new LatentWalk(5000, 1, 0.01, Conditioning.of("ink"));
        float[] before = w.request(2).noise().clone();
        w.advance(1);
        double step = distance(before, w.request(2).noise());
        float[] mid = w.request(2).noise().clone();
        w.jump();
        w.advance(0);
        double jump = distance(mid, w.request(2).noise());
        assertTrue(step < 0.03 && jump > 1.2, "step " + step + ", jump " + jump);
    }

    @Test
    void conditioningAndRateCanChangeWhileWalking() {
        LatentWalk w = new LatentWalk(10, 1, 0, Conditioning.of("moss"));
        w.advance(10);
        assertEquals(0, w.position());
        w.rate(0.25);
        w.conditioning(Conditioning.of("ember"));
        w.advance(1);
        assertEquals(0.25, w.position(), 1e-12);
        assertEquals(Conditioning.of("ember"), w.request(1).conditioning());
    }
}
