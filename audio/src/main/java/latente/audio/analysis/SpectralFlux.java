package latente.audio.analysis;

/**
 * The onset detection function: half-wave rectified spectral flux of log-compressed band
 * energies.
 *
 * <p>Magnitudes are first pooled into {@link #BANDS} log-spaced bands (about three per octave from
 * 40 Hz up) so that a broadband hi-hat, which covers hundreds of FFT bins, does not outweigh a
 * kick drum that covers ten: a beat tracker needs the kick and snare to dominate. Each band's mean
 * magnitude is compressed with {@code log(1 + GAMMA * m)}, which makes the flux respond to relative
 * change (a quiet hit after silence counts as much as a loud one after a loud one). Each band is
 * compared with its maximum over the previous {@link #MEMORY} windows rather than with the last one
 * alone: the random wobble of a decaying noise (a snare's tail) then adds almost nothing, while a
 * real attack still rises above everything before it. Bands narrower than four FFT bins (the
 * lowest ones) count less, in proportion to the square root of their width: a magnitude read
 * from one or two bins wobbles too much in noise to be trusted alone.
 * Allocation-free after construction; owned by the audio thread.
 */
public final class SpectralFlux {
    public static final int BANDS = 26;
    private static final double GAMMA = 100.0;
    private static final double LOW_HZ = 40.0;

    private final int[] lo = new int[BANDS];
    private final int[] hi = new int[BANDS];
    public static final int MEMORY = 3;
    private final double[][] previous = new double[MEMORY][BANDS];
    private final double[] weight = new double[BANDS];
    private int cursor;

    public SpectralFlux(Spectrum spectrum) {
        double top = Math.min(16000.0, spectrum.sampleRate() * 0.45);
        double ratio = Math.pow(top / LOW_HZ, 1.0 / BANDS);
        double edge = LOW_HZ;
        int last = spectrum.bin(LOW_HZ);
        for (int b = 0; b < BANDS; b++) {
            double next = edge * ratio;
            lo[b] = last;
            hi[b] = Math.max(last + 1, spectrum.bin(next));
            last = hi[b];
            weight[b] = Math.min(1.0, Math.sqrt((hi[b] - lo[b]) / 4.0));
            edge = next;
        }
    }

    /** Computes the flux of the spectrum's latest window against the previous one. */
    public double next(double[] magnitudes) {
        double flux = 0;
        for (int b = 0; b < BANDS; b++) {
            double sum = 0;
            for (int k = lo[b]; k < hi[b]; k++) sum += magnitudes[k];
            double now = Math.log1p(GAMMA * sum / (hi[b] - lo[b]));
            double before = previous[0][b];
            for (int i = 1; i < MEMORY; i++) before = Math.max(before, previous[i][b]);
            if (now > before) flux += (now - before) * weight[b];
            previous[cursor][b] = now;
        }
        cursor = (cursor + 1) % MEMORY;
        return flux;
    }
}
