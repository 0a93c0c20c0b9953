package latente.runtime.model;

/**
 * Deterministic unit-Gaussian numbers from a seed: SplitMix64 feeding Box–Muller. Written out
 * here (instead of java.util.Random) so that a seed gives the same noise on every JVM forever:
 * a performance recorded today replays the same frames later.
 *
 * <p>The seed is hashed into the starting state rather than scaled by the step: with
 * {@code state = seed * step}, seed s + 2 was seed s shifted by one Box–Muller pair, so seeds
 * 1, 3, 5 gave the same picture moved by two pixels. Hashed, each seed's stream starts at an
 * unrelated point of the 2^64 cycle, so distinct seeds give uncorrelated noise at every shift.
 */
public final class Gaussian {
    private long state;
    private double spare;
    private boolean hasSpare;

    public Gaussian(long seed) {
        this.state = mix(seed ^ 0x632BE59BD9B4E019L);
    }

    /** Fills {@code out} with unit Gaussian noise for {@code seed}. */
    public static float[] noise(long seed, float[] out) {
        Gaussian g = new Gaussian(seed);
        for (int i = 0; i < out.length; i++) out[i] = (float) g.next();
        return out;
    }

    public double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u = (nextLong() >>> 11) * 0x1.0p-53;
        double v = (nextLong() >>> 11) * 0x1.0p-53;
        double r = Math.sqrt(-2 * Math.log(1 - u));
        spare = r * Math.sin(2 * Math.PI * v);
        hasSpare = true;
        return r * Math.cos(2 * Math.PI * v);
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private long nextLong() {
        return mix(state += 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's finaliser: a bijection of 64-bit values that scatters neighbouring inputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
