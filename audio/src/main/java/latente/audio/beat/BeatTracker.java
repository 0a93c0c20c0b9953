package latente.audio.beat;

/**
 * Causal real-time beat tracking with a cumulative score, after BTrack (Stark, Davies and Plumbley
 * 2009, following Ellis 2007 and Davies and Plumbley 2007).
 *
 * <p>Each ODF sample {@code n} updates the cumulative score
 * {@code C(n) = (1 - ALPHA) O(n) + ALPHA max_v W(v) C(n + v)} over past offsets
 * {@code v} in {@code [-2P, -P/2]}, with the log-Gaussian transition window
 * {@code W(v) = exp(-(ETA log(-v / P))^2 / 2)} and the beat period {@code P} from the
 * {@link TempoEstimator}. Half a period after each beat the score is extrapolated one period
 * into the future (with no further onsets), weighted by a Gaussian around the expected beat,
 * and the maximum becomes the next predicted beat. Beats are therefore known ahead of time,
 * which lets the caller fire them on time despite the analysis latency (see {@link #next}).
 * Through silence the extrapolated score keeps the last tempo and phase: the beat carries on.
 *
 * <p>Allocation-free after construction; owned by the audio thread.
 */
public final class BeatTracker {
    /** ODF history used for the tempo estimate: 512 samples is about 6 s at 86 Hz. */
    public static final int HISTORY = 512;
    /**
     * Weight of the past in the cumulative score. BTrack uses 0.9; 0.7 re-locks the phase within
     * a few beats after a tempo change (F-measure 0.92 instead of 0.71 on the 120 to 140 BPM test)
     * and tracks the steady patterns just as well.
     */
    private static final double ALPHA = 0.7;
    private static final double ETA = 5;
    private static final int TEMPO_EVERY = 4;
    private static final double MIN_CONFIDENCE = 0.1;

    private final TempoEstimator tempo;
    private final double[] odf = new double[HISTORY];
    private final double[] score = new double[HISTORY];
    private final double[] future;
    private final double[] window;
    private final int maxPeriod;
    /** No tempo estimate before this many ODF samples (2.5 s): too little history favours fast tempi. */
    private final int firstTempo;
    private double period;
    /** Index range of the non-zero part of {@link #window}; index {@code i} is offset {@code i - OFFSET}. */
    private int windowFrom;
    private int windowTo;
    private final int offset;
    private long n = -1;
    private long lastBeat = Long.MIN_VALUE;
    private long nextBeat = -1;
    private boolean predicted;
    private int sinceTempo;
    private double confidence;
    private long evaluateAt = -1;
    private long evaluatedBeat;

    public BeatTracker(double odfRate) {
        tempo = new TempoEstimator(odfRate, HISTORY);
        firstTempo = (int) Math.round(2.5 * odfRate);
        maxPeriod = (int) Math.ceil(60.0 * odfRate / TempoEstimator.MIN_BPM) + 1;
        offset = 2 * maxPeriod + 1;
        window = new double[2 * maxPeriod + 2];
        future = new double[HISTORY + 2 * maxPeriod + 2];
        setPeriod(tempo.period());
    }

    /**
     * Feeds one ODF sample. Returns the ODF index of the beat due in {@code lead} samples' time
     * when that beat becomes known exactly {@code lead} samples early (or later, if it was
     * predicted later than that); otherwise -1. Use {@code lead} to compensate analysis latency.
     */
    public long next(double value, int lead) {
        n++;
        System.arraycopy(odf, 1, odf, 0, HISTORY - 1);
        odf[HISTORY - 1] = value;
        if (++sinceTempo >= TEMPO_EVERY && n >= firstTempo) {
            sinceTempo = 0;
            if (tempo.update(odf, (int) Math.min(HISTORY, n + 1))) setPeriod(tempo.period());
        }
        System.arraycopy(score, 1, score, 0, HISTORY - 1);
        score[HISTORY - 1] = (1 - ALPHA) * value + ALPHA * pastMax(score, HISTORY - 1);
        if (n == nextBeat) {
            lastBeat = n;
            predicted = false;
            evaluateAt = n + 2;
            evaluatedBeat = n;
        }
        if (n == evaluateAt) evaluate();
        if (!predicted && n - Math.max(lastBeat, 0) >= Math.round(period / 2)) {
            predict();
            return nextBeat - lead <= n && audible() ? nextBeat : -1;
        }
        return predicted && nextBeat - lead == n && audible() ? nextBeat : -1;
    }

    private double pastMax(double[] buf, int at) {
        double best = 0;
        for (int i = Math.max(windowFrom, offset - at); i <= windowTo; i++) {
            double s = window[i] * buf[at + i - offset];
            if (s > best) best = s;
        }
        return best;
    }

    private void setPeriod(double p) {
        period = p;
        int far = Math.min(offset - 1, (int) Math.round(2 * p)), near = Math.max(1, (int) Math.round(p / 2));
        windowFrom = offset - far;
        windowTo = offset - near;
        for (int v = -far; v <= -near; v++) {
            double x = ETA * Math.log(-v / p);
            window[v + offset] = Math.exp(-x * x / 2);
        }
    }

    private void predict() {
        int horizon = (int) Math.round(period);
        System.arraycopy(score, 0, future, 0, HISTORY);
        long since = lastBeat < 0 ? 0 : n - lastBeat;
        double expected = Math.max(1, period - since);
        double sigma = period / 3;
        double best = -1;
        int bestK = 1;
        for (int k = 1; k <= horizon + (int) Math.round(period / 2); k++) {
            int at = HISTORY - 1 + k;
            future[at] = ALPHA * pastMax(future, at);
            double d = k - expected;
            double w = future[at] * Math.exp(-d * d / (2 * sigma * sigma));
            if (w > best) {
                best = w;
                bestK = k;
            }
        }
        nextBeat = n + bestK;
        predicted = true;
    }

    /** A beat counts as confirmed when the ODF near it stands out from the recent average. */
    private void evaluate() {
        double mean = 0;
        for (int i = 0; i < HISTORY; i++) mean += odf[i];
        mean /= HISTORY;
        int at = HISTORY - 1 - (int) (n - evaluatedBeat);
        double peak = 0;
        for (int i = Math.max(0, at - 2); i <= Math.min(HISTORY - 1, at + 2); i++) peak = Math.max(peak, odf[i]);
        double hit = mean > 1e-9 && peak > 2 * mean ? 1 : 0;
        confidence = 0.8 * confidence + 0.2 * hit;
    }

    /**
     * Beats are tracked all the time but only reported while recent beats have landed on onsets:
     * silence or noise does not tick, a short break does (confidence decays by 0.8 per beat).
     */
    private boolean audible() {
        return confidence >= MIN_CONFIDENCE;
    }

    public double bpm() {
        return tempo.bpm();
    }

    /** Beat period in ODF samples. */
    public double period() {
        return period;
    }

    /** 0..1: the fraction of recent beats that landed on an onset (an exponential average). */
    public double confidence() {
        return confidence;
    }

    /** The ODF index of the last beat reached, or -1. */
    public long lastBeat() {
        return lastBeat < 0 ? -1 : lastBeat;
    }
}
