package latente.runtime.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distinct seeds must give unrelated noise, not the same noise moved by a few samples: a model
 * turns shifted noise into the same picture shifted, so seeds 1, 3, 5 looked alike and a walk at
 * rate 1 came back to its first picture every two legs.
 */
class SeedIndependenceTest {
    static final int LENGTH = 4096, MAX_LAG = 16;

    /** Largest |correlation| of a against b moved by 0..MAX_LAG samples either way. */
    static double maxShiftedCorrelation(float[] a, float[] b) {
        double worst = 0;
        for (int lag = -MAX_LAG; lag <= MAX_LAG; lag++) {
            double ab = 0, aa = 0, bb = 0;
            for (int i = Math.max(0, -lag); i < a.length && i + lag < b.length; i++) {
                ab += (double) a[i] * b[i + lag];
                aa += (double) a[i] * a[i];
                bb += (double) b[i + lag] * b[i + lag];
            }
            worst = Math.max(worst, Math.abs(ab / Math.sqrt(aa * bb)));
        }
        return worst;
    }

    /** Root-mean-square distance from a to the nearest copy of b moved by up to MAX_LAG samples. */
    static double shiftTolerantDistance(float[] a, float[] b) {
        double best = Double.MAX_VALUE;
        for (int lag = -MAX_LAG; lag <= MAX_LAG; lag++) {
            double s = 0;
            int n = 0;
            for (int i = Math.max(0, -lag); i < a.length && i + lag < b.length; i++, n++) {
                double d = a[i] - b[i + lag];
                s += d * d;
            }
            best = Math.min(best, Math.sqrt(s / n));
        }
        return best;
    }

    @Test
    void distinctSeedsAreUncorrelatedAtEveryShift() {
        // 4096 independent samples: |correlation| of unrelated noise stays near 1/sqrt(4096) = 0.016;
        // 0.08 is five standard deviations, never reached by chance over these pairs.
        long[] seeds = {0, 1, 2, 3, 5, 7, 8, 42, 1000, 1_000_003, -1};
        for (long s : seeds) {
            for (long d : new long[] {1, 2, 3, 4, 7919, LatentWalk.JUMP}) {
                double c = maxShiftedCorrelation(Noise.seeded(s, LENGTH), Noise.seeded(s + d, LENGTH));
                assertTrue(c < 0.08, "seeds " + s + " and " + (s + d) + " correlate at " + c);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameNoise() {
        assertTrue(maxShiftedCorrelation(Noise.seeded(9, LENGTH), Noise.seeded(9, LENGTH)) > 0.999);
    }

    @Test
    void aWalkAtRateOneNeverComesBackTowardsItsStart() {
        LatentWalk w = new LatentWalk(LENGTH, 1, 1, Conditioning.of("moss"));
        float[] start = w.request(4).noise().clone();
        w.advance(0.5);
        double halfLeg = shiftTolerantDistance(start, w.request(4).noise());
        w.advance(0.5);
        double oneLeg = shiftTolerantDistance(start, w.request(4).noise());
        assertTrue(halfLeg > 0.3 && oneLeg > halfLeg, "half a leg " + halfLeg + ", one leg " + oneLeg);
        // Unit Gaussian noise against unrelated noise sits at distance sqrt(2); with seeds that are
        // shifted copies of each other, leg 2 came back to distance 0.
        for (int quarter = 5; quarter <= 24; quarter++) {
            w.advance(0.25);
            double d = shiftTolerantDistance(start, w.request(4).noise());
            assertTrue(d > 0.9 * oneLeg, "after " + quarter / 4.0 + " legs the walk is back at distance " + d
                    + " from its start (one leg: " + oneLeg + ")");
        }
    }
}
