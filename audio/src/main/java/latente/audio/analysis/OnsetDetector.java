package latente.audio.analysis;

import java.util.Arrays;

/**
 * Causal onset picking on the spectral flux with an adaptive threshold.
 *
 * <p>The threshold is {@code LAMBDA * median(recent flux) + DELTA * peak}, where the median runs
 * over the last {@link #MEDIAN_HOPS} hops (about 0.1 s) and {@code peak} is a slowly decaying
 * maximum of the flux, so the offset scales with the material. An onset fires on the rising edge:
 * the first hop whose flux crosses the threshold, at least {@link #REFRACTORY_HOPS} after the
 * previous onset. Deciding on the rising edge costs no look-ahead, so onsets are reported in the
 * same hop the flux jumps. Allocation-free; owned by the audio thread.
 */
public final class OnsetDetector {
    public static final int MEDIAN_HOPS = 9;
    public static final int REFRACTORY_HOPS = 4;
    private static final double LAMBDA = 1.3;
    private static final double DELTA = 0.08;
    /** Floor of the peak follower: below it, flux is treated as noise-level wobble. */
    private static final double PEAK_FLOOR = 0.5;

    private final double[] recent = new double[MEDIAN_HOPS];
    private final double[] sorted = new double[MEDIAN_HOPS];
    private final double peakDecay;
    private int filled;
    private int cursor;
    private double peak = PEAK_FLOOR;
    private boolean above;
    private int sinceOnset = REFRACTORY_HOPS;
    private double threshold;

    /** @param hopsPerSecond analysis rate, used for the peak follower's decay (half-life 4 s) */
    public OnsetDetector(double hopsPerSecond) {
        peakDecay = Math.pow(0.5, 1.0 / (4.0 * hopsPerSecond));
    }

    /** Feeds one flux value; returns true when this hop is an onset. */
    public boolean next(double flux) {
        threshold = LAMBDA * median() + DELTA * peak;
        boolean over = flux > threshold;
        boolean onset = over && !above && sinceOnset >= REFRACTORY_HOPS;
        above = over;
        sinceOnset = onset ? 0 : sinceOnset + 1;
        peak = Math.max(PEAK_FLOOR, Math.max(flux, peak * peakDecay));
        recent[cursor] = flux;
        cursor = (cursor + 1) % MEDIAN_HOPS;
        if (filled < MEDIAN_HOPS) filled++;
        return onset;
    }

    /** The threshold the last flux value was compared against. */
    public double threshold() {
        return threshold;
    }

    private double median() {
        if (filled == 0) return 0;
        System.arraycopy(recent, 0, sorted, 0, filled);
        Arrays.sort(sorted, 0, filled);
        return sorted[filled / 2];
    }
}
