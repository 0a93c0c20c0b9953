package latente.runtime.clock;

/**
 * Input for a tempo estimator outside the clock, first of all the audio beat tracker.
 *
 * <p>Thread contract: called from the estimator's own thread (the audio thread), as often as
 * it has a new estimate (every analysis hop is fine). Calls are cheap and never block for long;
 * they are ignored unless the clock's source is {@link ClockSource#AUDIO}.
 */
public interface TempoFollower {
    /**
     * @param nanos      when the estimate holds, on the clock's {@link TimeSource} scale
     * @param bpm        the estimated tempo in beats per minute
     * @param beatPhase  where in the beat that instant is, 0 (on the beat) to 1
     * @param confidence 0 (a guess) to 1 (sure); low-confidence estimates move the clock less
     */
    void estimate(long nanos, double bpm, double beatPhase, double confidence);
}
