package latente.runtime.pattern;

/**
 * Deterministic randomness for patterns and signals: a pure hash of (seed, salt, time), so that a
 * pattern stays a pure function of time. The same seed and the same time give the same number on
 * every run and every machine; different salts (one per {@code ?} or {@code |} in a string) give
 * independent streams.
 */
public final class Rand {
    private Rand() {}

    /** SplitMix64 finalizer: a well-mixed 64-bit hash of x. */
    public static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    /** Uniform double in [0, 1) from a hash. */
    public static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    public static double at(long seed, long salt, long step) {
        return unit(mix(mix(mix(seed) ^ salt) ^ step));
    }

    /** Uniform [0, 1) for an exact time. */
    public static double at(long seed, long salt, Fraction t) {
        return unit(mix(mix(mix(mix(seed) ^ salt) ^ t.numerator()) ^ t.denominator()));
    }
}
