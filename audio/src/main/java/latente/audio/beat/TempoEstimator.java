package latente.audio.beat;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Tempo from the onset detection function (ODF), in the manner of BTrack (Stark, Davies and
 * Plumbley 2009): the autocorrelation of the adaptively thresholded ODF is passed through a comb
 * filterbank (each candidate period sums the autocorrelation at its first four multiples), weighted
 * by a tempo prior, and smoothed over time by a max-product (Viterbi-like) update over tempo
 * states with a Gaussian transition, so the estimate glides to a new tempo instead of jumping
 * between metrical levels.
 *
 * <p>Tempo states run from {@link #MIN_BPM} to {@link #MAX_BPM} in steps of {@link #STEP_BPM}; lags
 * are fractional (linear interpolation in the autocorrelation), which is what keeps the estimate
 * within 2% at 170 BPM where one ODF sample is 3% of the period. The prior is a log-normal bump
 * around 120 BPM (one octave wide); when two metrical levels fit the comb equally, it decides.
 * Allocation-free after construction; owned by the audio thread.
 */
public final class TempoEstimator {
    public static final double MIN_BPM = 60;
    public static final double MAX_BPM = 200;
    public static final double STEP_BPM = 0.5;
    static final int STATES = (int) Math.round((MAX_BPM - MIN_BPM) / STEP_BPM) + 1;
    private static final int TRANSITION_REACH = 40;
    private static final double TRANSITION_SIGMA = 10;
    private static final double JUMP_FLOOR = 0.05;
    /** Older ODF counts less (time constant in seconds), so a tempo change is followed within a few beats. */
    private static final double MEMORY_SECONDS = 2.5;
    private static final int MEAN_HALF_WIDTH = 8;
    private static final double METRICAL_FROM = 0.6;
    private static final double METRICAL_PENALTY = 0.5;

    private final double odfRate;
    private final int length;
    private final double[] flattened;
    private final double[] taper;
    private final double[] padded;
    private final double[] acf;
    private final DoubleFFT_1D fft;
    private final double[] prior = new double[STATES];
    private final double[] lag = new double[STATES];
    private final double[] observation = new double[STATES];
    private final double[] delta = new double[STATES];
    private final double[] nextDelta = new double[STATES];
    private final double[] transition = new double[TRANSITION_REACH + 1];
    private double bpm = 120;
    private boolean started;

    /** @param odfRate ODF samples per second; @param length ODF buffer length (a power of two) */
    public TempoEstimator(double odfRate, int length) {
        this.odfRate = odfRate;
        this.length = length;
        flattened = new double[length];
        taper = new double[length];
        for (int i = 0; i < length; i++) taper[i] = Math.exp(-(length - 1 - i) / (MEMORY_SECONDS * odfRate));
        padded = new double[2 * length];
        acf = new double[length];
        fft = new DoubleFFT_1D(2 * length);
        for (int j = 0; j < STATES; j++) {
            double b = bpmOf(j);
            lag[j] = 60.0 * odfRate / b;
            double octaves = Math.log(b / 120.0) / Math.log(2);
            prior[j] = Math.exp(-octaves * octaves / 2.0);
        }
        for (int d = 0; d <= TRANSITION_REACH; d++) {
            transition[d] = Math.exp(-d * d / (2 * TRANSITION_SIGMA * TRANSITION_SIGMA));
        }
    }

    static double bpmOf(int state) {
        return MIN_BPM + state * STEP_BPM;
    }

    /**
     * Updates the estimate from the ODF history ({@code odf[0]} oldest, {@code length} values, of
     * which the newest {@code valid} are real: at start-up the rest is zeros).
     * Returns false and keeps the previous estimate when the history holds no rhythmic energy.
     */
    public boolean update(double[] odf, int valid) {
        if (!flatten(odf)) return false;
        autocorrelate(Math.min(valid, length));
        double best = 0;
        for (int j = 0; j < STATES; j++) {
            double on = 0, off = 0;
            for (int a = 1; a <= 4; a++) {
                on += smeared(a * lag[j]);
                off += smeared((a - 0.5) * lag[j]);
            }
            observation[j] = Math.max(0, on) * prior[j] * metricalWeight(on, off);
            best = Math.max(best, observation[j]);
        }
        if (best <= 0) return false;
        for (int j = 0; j < STATES; j++) observation[j] /= best;
        smooth();
        return true;
    }

    /** Subtracts a local mean and half-wave rectifies (as BTrack does), false if nothing is left. */
    private boolean flatten(double[] odf) {
        double total = 0;
        for (int i = 0; i < length; i++) {
            int from = Math.max(0, i - MEAN_HALF_WIDTH), to = Math.min(length - 1, i + MEAN_HALF_WIDTH);
            double sum = 0;
            for (int k = from; k <= to; k++) sum += odf[k];
            double v = odf[i] - sum / (to - from + 1);
            flattened[i] = v > 0 ? v * taper[i] : 0;
            total += flattened[i];
        }
        return total > 1e-9;
    }

    private double smeared(double t) {
        return (acfAt(t - 1) + 2 * acfAt(t) + acfAt(t + 1)) / 4;
    }

    /**
     * Metrical level: a candidate whose half-period pulse is nearly as strong as its own is really
     * the faster tempo (kick and snare alternating on every beat look the same at 85 and 170 BPM
     * to the comb), so it loses up to half its weight. A pattern with only hi-hats between the beats
     * keeps its full weight, since its off-beats are much weaker.
     */
    private static double metricalWeight(double on, double off) {
        if (on <= 0) return 1;
        double r = (off / on - METRICAL_FROM) / (1 - METRICAL_FROM);
        return 1 - METRICAL_PENALTY * Math.max(0, Math.min(1, r));
    }

    /** Unbiased autocorrelation through a zero-padded FFT (Wiener-Khinchin), over the newest {@code valid} samples. */
    private void autocorrelate(int valid) {
        System.arraycopy(flattened, 0, padded, 0, length);
        java.util.Arrays.fill(padded, length, 2 * length, 0);
        fft.realForward(padded);
        padded[0] = padded[0] * padded[0];
        padded[1] = padded[1] * padded[1];
        for (int k = 1; k < length; k++) {
            double re = padded[2 * k], im = padded[2 * k + 1];
            padded[2 * k] = re * re + im * im;
            padded[2 * k + 1] = 0;
        }
        fft.realInverse(padded, true);
        for (int l = 0; l < length; l++) acf[l] = l < valid ? padded[l] / (valid - l) : 0;
    }

    private double acfAt(double t) {
        if (t < 0 || t >= length - 1) return 0;
        int i = (int) t;
        double f = t - i;
        return acf[i] * (1 - f) + acf[i + 1] * f;
    }

    private void smooth() {
        if (!started) {
            System.arraycopy(observation, 0, delta, 0, STATES);
            started = true;
        } else {
            double globalMax = 0;
            for (int j = 0; j < STATES; j++) globalMax = Math.max(globalMax, delta[j]);
            double sum = 0;
            for (int j = 0; j < STATES; j++) {
                double m = JUMP_FLOOR * globalMax;
                int from = Math.max(0, j - TRANSITION_REACH), to = Math.min(STATES - 1, j + TRANSITION_REACH);
                for (int i = from; i <= to; i++) m = Math.max(m, delta[i] * transition[Math.abs(i - j)]);
                nextDelta[j] = m * observation[j];
                sum += nextDelta[j];
            }
            if (sum <= 0) return;
            for (int j = 0; j < STATES; j++) delta[j] = nextDelta[j] / sum;
        }
        int best = 0;
        for (int j = 1; j < STATES; j++) if (delta[j] > delta[best]) best = j;
        bpm = bpmOf(best) + STEP_BPM * parabolicOffset(observation, best);
    }

    private static double parabolicOffset(double[] y, int i) {
        if (i <= 0 || i >= y.length - 1) return 0;
        double den = y[i - 1] - 2 * y[i] + y[i + 1];
        if (den >= 0) return 0;
        double off = 0.5 * (y[i - 1] - y[i + 1]) / den;
        return Math.max(-0.5, Math.min(0.5, off));
    }

    public double bpm() {
        return bpm;
    }

    /** The current beat period in ODF samples (fractional). */
    public double period() {
        return 60.0 * odfRate / bpm;
    }
}
