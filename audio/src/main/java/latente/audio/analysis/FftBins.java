package latente.audio.analysis;

/**
 * Hydra-style {@code a.fft[i]}: the spectrum pooled into a few log-spaced bins, each read as a
 * loudness, then smoothed, cut off and scaled into 0..1, with Hydra's documented knobs and
 * defaults: {@code setBins(4)}, {@code setSmooth(0.4)}, {@code setCutoff(2)}, {@code setScale(10)}.
 *
 * <p>Per hop, bin {@code i} covers a log-spaced range between 20 Hz and 16 kHz; its raw value is a
 * loudness {@code 12 * power^0.23} (Stevens' power law on the bin's summed power, where a full-scale
 * sine has power 1.5 and reads about 13; music around -20 dB reads 3 to 5). The raw value is
 * smoothed ({@code v = smooth * v + (1 - smooth) * raw}: higher is slower), then mapped as
 * {@code clamp((v - cutoff) / scale, 0, 1)}: cutoff is the noise floor, scale how much loudness
 * above it reads as 1.
 *
 * <p>Thread contract: the setters may be called from any thread (they publish an immutable
 * {@link Layout} or a volatile number); {@link #update} runs on the audio thread and allocates
 * nothing; {@link #value}/{@link #raw} are for that thread or tests (other threads read the bus).
 */
public final class FftBins {
    public static final int MAX_BINS = 64;
    public static final double LOW_HZ = 20;
    public static final double HIGH_HZ = 16000;

    /** Bin boundaries for a given count, as FFT bin indices. Immutable. */
    public static final class Layout {
        final int count;
        final int[] lo;
        final int[] hi;

        Layout(int count, Spectrum spectrum) {
            this.count = count;
            lo = new int[count];
            hi = new int[count];
            double top = Math.min(HIGH_HZ, spectrum.sampleRate() / 2);
            for (int i = 0; i < count; i++) {
                lo[i] = spectrum.bin(LOW_HZ * Math.pow(top / LOW_HZ, (double) i / count));
                hi[i] = Math.max(lo[i] + 1, spectrum.bin(LOW_HZ * Math.pow(top / LOW_HZ, (double) (i + 1) / count)));
            }
        }

        public int count() {
            return count;
        }
    }

    private final Spectrum spectrum;
    private final double[] smoothed = new double[MAX_BINS];
    private final double[] raw = new double[MAX_BINS];
    private final double[] value = new double[MAX_BINS];
    private volatile Layout layout;
    /** The layout the audio thread used last; a change resets the smoothing state. */
    private Layout current;
    private volatile double smooth = 0.4;
    private volatile double cutoff = 2;
    private volatile double scale = 10;

    public FftBins(Spectrum spectrum) {
        this.spectrum = spectrum;
        layout = new Layout(4, spectrum);
    }

    /** Number of bins, 1..{@link #MAX_BINS} (clamped). */
    public void setBins(int n) {
        layout = new Layout(Math.max(1, Math.min(MAX_BINS, n)), spectrum);
    }

    /** 0..1 (clamped): how slowly values follow the sound; 0 is raw, 1 never changes (as in Hydra). */
    public void setSmooth(double s) {
        smooth = Math.max(0, Math.min(1, s));
    }

    public void setCutoff(double c) {
        cutoff = c;
    }

    /** Loudness above the cutoff that reads as 1; non-positive values are ignored. */
    public void setScale(double s) {
        if (s > 0) scale = s;
    }

    public int bins() {
        return layout.count;
    }

    /** The bin count used by the last {@link #update} (what {@link #value} holds). */
    public int updatedBins() {
        Layout c = current;
        return c == null ? 0 : c.count;
    }

    public double smooth() {
        return smooth;
    }

    public double cutoff() {
        return cutoff;
    }

    public double scale() {
        return scale;
    }


    /** Recomputes every bin from the latest magnitudes. Audio thread. */
    public void update(double[] magnitudes) {
        Layout l = layout;
        if (l != current) {
            java.util.Arrays.fill(smoothed, 0);
            current = l;
        }
        double s = smooth, c = cutoff, sc = scale;
        for (int i = 0; i < l.count; i++) {
            double power = 0;
            for (int k = l.lo[i]; k < l.hi[i]; k++) power += magnitudes[k] * magnitudes[k];
            raw[i] = 12 * Math.pow(power, 0.23);
            smoothed[i] = s * smoothed[i] + (1 - s) * raw[i];
            value[i] = Math.max(0, Math.min(1, (smoothed[i] - c) / sc));
        }
    }

    /** Bin {@code i} in 0..1 after smoothing, cutoff and scale. */
    public double value(int i) {
        return value[i];
    }

    /** Bin {@code i}'s raw loudness (before smoothing, cutoff and scale): useful for tuning. */
    public double raw(int i) {
        return raw[i];
    }
}
