package latente.audio.analysis;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The sliding magnitude spectrum: every hop of {@link #HOP} mono samples it slides a window of
 * {@link #WINDOW} samples, applies a Hann window and takes a JTransforms real FFT.
 *
 * <p>Magnitudes are normalised so that a full-scale sine reads about 1.0 in its bin
 * ({@code |X| * 2 / sum(window)}). Everything is preallocated: {@link #push} allocates nothing.
 * Not thread-safe: owned by the analysis (audio) thread.
 */
public final class Spectrum {
    public static final int HOP = 512;
    public static final int WINDOW = 2048;
    /** Number of magnitude bins, DC to Nyquist inclusive. */
    public static final int BINS = WINDOW / 2 + 1;

    private final double sampleRate;
    private final double[] history = new double[WINDOW];
    private final double[] hann = new double[WINDOW];
    private final double[] frame = new double[WINDOW];
    private final double[] magnitude = new double[BINS];
    private final DoubleFFT_1D fft = new DoubleFFT_1D(WINDOW);
    private final double norm;

    public Spectrum(double sampleRate) {
        this.sampleRate = sampleRate;
        double sum = 0;
        for (int i = 0; i < WINDOW; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW);
            sum += hann[i];
        }
        norm = 2.0 / sum;
    }

    /** Appends one hop of samples (exactly {@link #HOP} from {@code offset}) and recomputes the spectrum. */
    public void push(float[] hop, int offset) {
        System.arraycopy(history, HOP, history, 0, WINDOW - HOP);
        for (int i = 0; i < HOP; i++) history[WINDOW - HOP + i] = hop[offset + i];
        for (int i = 0; i < WINDOW; i++) frame[i] = history[i] * hann[i];
        fft.realForward(frame);
        // JTransforms packing: frame[0] = Re[0], frame[1] = Re[N/2], then (Re[k], Im[k]) pairs.
        magnitude[0] = Math.abs(frame[0]) * norm * 0.5;
        magnitude[BINS - 1] = Math.abs(frame[1]) * norm * 0.5;
        for (int k = 1; k < BINS - 1; k++) {
            double re = frame[2 * k], im = frame[2 * k + 1];
            magnitude[k] = Math.sqrt(re * re + im * im) * norm;
        }
    }

    /** The magnitudes of the latest window; read-only view, overwritten by the next {@link #push}. */
    public double[] magnitudes() {
        return magnitude;
    }

    public double sampleRate() {
        return sampleRate;
    }

    /** Centre frequency of bin {@code k} in Hz. */
    public double frequency(int k) {
        return k * sampleRate / WINDOW;
    }

    /** The bin nearest to {@code hz}, clamped to the spectrum. */
    public int bin(double hz) {
        int k = (int) Math.round(hz * WINDOW / sampleRate);
        return Math.max(0, Math.min(BINS - 1, k));
    }
}
