package latente.runtime.model;

/**
 * Deterministic unit-Gaussian numbers from a seed: SplitMix64 feeding Box–Muller. Written out
 * here (instead of java.util.Random) so that a seed gives the same noise on every JVM forever:
 * a performance recorded today replays the same frames later.
 */
public final class Gaussian {
    private long state;
    private double spare;
    private boolean hasSpare;

    public Gaussian(long seed) {
        this.state = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
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
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
