package latente.runtime.clock;

/**
 * Follows a sender that says the tempo ({@code /tempo 124.0}) and/or counts beats
 * ({@code /beat 17} at each beat): the OSC clock source.
 *
 * <p>The tempo is the last {@code /tempo} while one came in the last {@link #TEMPO_HOLD_NANOS};
 * otherwise it is measured from successive beat counts (smoothed, ignoring gaps and jumps).
 * Each count is a song position: beat {@code n} is now, so the phase and the downbeat follow it.
 *
 * <p>Thread contract: synchronized; called from the OSC I/O and bundle threads.
 */
public final class BeatCountFollower {
    /** An explicit tempo is trusted over measured counts for 10 seconds. */
    static final long TEMPO_HOLD_NANOS = 10_000_000_000L;
    private static final double SMOOTHING = 0.3;

    private final Clock clock;
    private final ClockSource kind;
    private double tempo = Double.NaN;
    private long tempoAt;
    private double measured = Double.NaN;
    private long lastBeatAt;
    private double lastCount = Double.NaN;

    public BeatCountFollower(Clock clock, ClockSource kind) {
        this.clock = clock;
        this.kind = kind;
    }

    /** An explicit tempo in BPM (OSC {@code /tempo}). */
    public synchronized void tempo(long nanos, double bpm) {
        if (!(bpm >= Clock.MIN_BPM && bpm <= Clock.MAX_BPM)) return;
        tempo = bpm;
        tempoAt = nanos;
        clock.followTempo(kind, nanos, bpm);
    }

    /** Beat {@code count} happens at {@code nanos} (OSC {@code /beat}). */
    public synchronized void beat(long nanos, double count) {
        if (!Double.isFinite(count)) return;
        double step = count - lastCount;
        if (step > 0 && step <= 4 && nanos > lastBeatAt) {
            double bpm = 60e9 * step / (nanos - lastBeatAt);
            if (bpm >= Clock.MIN_BPM && bpm <= Clock.MAX_BPM) {
                measured = Double.isNaN(measured) ? bpm : measured + SMOOTHING * (bpm - measured);
            }
        }
        lastCount = count;
        lastBeatAt = nanos;
        double bpm = !Double.isNaN(tempo) && nanos - tempoAt <= TEMPO_HOLD_NANOS ? tempo
                : !Double.isNaN(measured) ? measured : clock.bpm();
        clock.followPosition(kind, nanos, bpm, count, true);
    }

    /** The tempo this follower would report now (explicit, measured, or NaN). */
    public synchronized double tempo() {
        return !Double.isNaN(tempo) ? tempo : measured;
    }
}
