package latente.audio.analysis;

/**
 * The four bands {@code bass} (20-250 Hz), {@code mid} (250-4000 Hz), {@code high} (4-16 kHz) and
 * {@code energy} (everything), each in 0..1 with automatic gain and attack/release smoothing.
 *
 * <p>Each band's amplitude (root of its summed power) is divided by its own peak follower, which
 * rises at once and decays with a half-life of {@link #GAIN_HALF_LIFE} seconds, so a band reads
 * near 1 at its recent loudest whatever the input level. The follower never drops below
 * {@link #FLOOR} (about -60 dB), so silence and hiss read near 0 instead of being amplified. The
 * result is smoothed with a fast attack and a slower release (defaults 10 ms and 150 ms).
 *
 * <p>Thread contract: {@link #update} and the readers run on the audio thread and allocate nothing;
 * the attack and release setters may be called from any thread.
 */
public final class Levels {
    public static final int BASS = 0, MID = 1, HIGH = 2, ENERGY = 3, COUNT = 4;
    public static final double GAIN_HALF_LIFE = 8.0;
    public static final double FLOOR = 1e-3;
    private static final double[][] RANGES = {{20, 250}, {250, 4000}, {4000, 16000}, {20, 20000}};

    private final int[] lo = new int[COUNT];
    private final int[] hi = new int[COUNT];
    private final double[] peak = new double[COUNT];
    private final double[] level = new double[COUNT];
    private final double hopSeconds;
    private final double gainDecay;
    private volatile double attackSeconds = 0.010;
    private volatile double releaseSeconds = 0.150;

    public Levels(Spectrum spectrum) {
        hopSeconds = Spectrum.HOP / spectrum.sampleRate();
        gainDecay = Math.pow(0.5, hopSeconds / GAIN_HALF_LIFE);
        for (int b = 0; b < COUNT; b++) {
            lo[b] = spectrum.bin(RANGES[b][0]);
            hi[b] = Math.max(lo[b] + 1, spectrum.bin(Math.min(RANGES[b][1], spectrum.sampleRate() / 2)));
            peak[b] = FLOOR;
        }
    }

    public void setAttack(double seconds) {
        attackSeconds = Math.max(0, seconds);
    }

    public void setRelease(double seconds) {
        releaseSeconds = Math.max(0, seconds);
    }

    public void update(double[] magnitudes) {
        double att = coefficient(attackSeconds), rel = coefficient(releaseSeconds);
        for (int b = 0; b < COUNT; b++) {
            double power = 0;
            for (int k = lo[b]; k < hi[b]; k++) power += magnitudes[k] * magnitudes[k];
            double amplitude = Math.sqrt(power);
            peak[b] = Math.max(FLOOR, Math.max(amplitude, peak[b] * gainDecay));
            double target = amplitude / peak[b];
            double k = target > level[b] ? att : rel;
            level[b] += (target - level[b]) * k;
        }
    }

    /** Fraction of the way to the target per hop for a time constant of {@code seconds}. */
    private double coefficient(double seconds) {
        return seconds <= 0 ? 1 : 1 - Math.exp(-hopSeconds / seconds);
    }

    public double level(int band) {
        return level[band];
    }
}
