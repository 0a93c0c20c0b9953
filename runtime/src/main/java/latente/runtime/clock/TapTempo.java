package latente.runtime.clock;

/**
 * Tap tempo: the tempo is the average interval of the most recent taps (up to {@link #WINDOW}).
 * A gap longer than {@link #RESET_NANOS} since the last tap starts a new run, so an old run
 * never drags a new tempo. Not thread-safe; the {@link Clock} calls it under its lock.
 */
public final class TapTempo {
    public static final int WINDOW = 8;
    /** 2 seconds: slower than 30 BPM is not a tap run. */
    public static final long RESET_NANOS = 2_000_000_000L;

    private final long[] taps = new long[WINDOW];
    private int count;

    /**
     * Records a tap at {@code nanos}. Returns the tempo in BPM once the run has two taps or more,
     * or NaN for the first tap of a run.
     */
    public double tap(long nanos) {
        if (count > 0 && (nanos - taps[(count - 1) % WINDOW] > RESET_NANOS || nanos <= taps[(count - 1) % WINDOW])) {
            count = 0;
        }
        taps[count % WINDOW] = nanos;
        count++;
        if (count < 2) return Double.NaN;
        int n = Math.min(count, WINDOW);
        long first = taps[(count - n) % WINDOW];
        double interval = (nanos - first) / (double) (n - 1);
        return 60e9 / interval;
    }

    /** Taps in the current run (0 after a reset). */
    public int runLength() {
        return count;
    }

    /** True when the next tap at {@code nanos} would begin a new run. */
    public boolean startsRun(long nanos) {
        return count == 0 || nanos - taps[(count - 1) % WINDOW] > RESET_NANOS;
    }
}
