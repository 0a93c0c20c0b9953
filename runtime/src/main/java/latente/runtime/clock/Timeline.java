package latente.runtime.clock;

/**
 * One immutable piece of the clock's trajectory: the beat is known exactly at an anchor time and
 * moves on linearly from there, at the main rate plus two temporary offsets (a slew that pulls
 * the phase toward an external source, and a user nudge), each ending at its own time.
 *
 * <p>Why an anchor instead of adding increments: the beat at any instant is computed in one step
 * from a 64-bit nanosecond difference, so no floating-point error accumulates (the clock stays
 * within nanoseconds of an ideal one over hours), and any thread may evaluate it without locks.
 *
 * <p>Offsets are fractions of the main rate, kept within {@link #MAX_SLEW} and
 * {@link #MAX_NUDGE}, so the rate stays above 10% of the tempo: the beat never runs backwards.
 */
public record Timeline(long anchorNanos, double anchorBeat, double beatsPerSecond,
                       double slew, long slewEnd, double nudge, long nudgeEnd) {
    public static final double MAX_SLEW = 0.4;
    public static final double MAX_NUDGE = 0.5;

    /** A timeline that starts at {@code beat} at {@code nanos} and runs at {@code bpm}. */
    public static Timeline start(long nanos, double beat, double bpm) {
        return new Timeline(nanos, beat, bpm / 60.0, 0, nanos, 0, nanos);
    }

    /** The beat position at {@code nanos}; before the anchor it extrapolates at the main rate. */
    public double beatAt(long nanos) {
        long dt = nanos - anchorNanos;
        double scaled = dt;
        if (dt > 0) {
            scaled += slew * Math.max(0, Math.min(nanos, slewEnd) - anchorNanos);
            scaled += nudge * Math.max(0, Math.min(nanos, nudgeEnd) - anchorNanos);
        }
        return anchorBeat + beatsPerSecond * scaled * 1e-9;
    }

    /** The instantaneous rate at {@code nanos} in beats per second, offsets included. */
    public double rateAt(long nanos) {
        double f = 1.0;
        if (nanos < slewEnd) f += slew;
        if (nanos < nudgeEnd) f += nudge;
        return beatsPerSecond * f;
    }

    public double bpm() {
        return beatsPerSecond * 60.0;
    }

    /**
     * The same trajectory re-anchored at {@code nanos} with a new main tempo: the beat at
     * {@code nanos} is unchanged (no jump), only the slope after it changes. Running offsets
     * keep their fraction and end time.
     */
    public Timeline reanchor(long nanos, double bpm) {
        return new Timeline(nanos, beatAt(nanos), bpm / 60.0, slew, slewEnd, nudge, nudgeEnd);
    }

    /**
     * Re-anchors at {@code nanos} and replaces the slew so that {@code beats} extra beats (may be
     * negative) are gained by the time it ends. The slew lasts at least {@code minBeats} of the
     * tempo and longer when the offset cap requires it.
     */
    public Timeline withSlew(long nanos, double beats, double minBeats) {
        Timeline t = reanchor(nanos, bpm());
        if (beats == 0 || !Double.isFinite(beats)) {
            return new Timeline(t.anchorNanos, t.anchorBeat, t.beatsPerSecond, 0, nanos, t.nudge, t.nudgeEnd);
        }
        double seconds = Math.max(Math.abs(beats) / (MAX_SLEW * beatsPerSecond), minBeats / beatsPerSecond);
        long end = nanos + (long) Math.ceil(seconds * 1e9);
        double fraction = beats / (beatsPerSecond * ((end - nanos) * 1e-9));
        return new Timeline(t.anchorNanos, t.anchorBeat, t.beatsPerSecond, fraction, end, t.nudge, t.nudgeEnd);
    }

    /** Re-anchors at {@code nanos} and runs {@code fraction} faster (or slower) for {@code seconds}. */
    public Timeline withNudge(long nanos, double fraction, double seconds) {
        Timeline t = reanchor(nanos, bpm());
        double f = Math.max(-MAX_NUDGE, Math.min(MAX_NUDGE, fraction));
        long end = nanos + Math.max(0, Math.round(seconds * 1e9));
        return new Timeline(t.anchorNanos, t.anchorBeat, t.beatsPerSecond, t.slew, t.slewEnd, f, end);
    }
}
