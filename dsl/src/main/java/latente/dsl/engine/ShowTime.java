package latente.dsl.engine;

import latente.runtime.clock.TimeSource;

/**
 * "Now" for the musical clock, OSC and MIDI timestamps, in nanoseconds of show time.
 *
 * <p>Offline (renders, replays) it is stepped: it only moves when {@link Engine#advance} is called
 * with a frame's time, so nothing ever reads the wall clock and a render is the same every time.
 * Live it is the monotonic wall clock, aligned with the control thread's seconds at the first
 * live advance: MIDI clock pulses and OSC beats are then stamped when they arrive, not rounded to
 * the last control tick (a 24-ppqn clock would otherwise jitter by a tick, about 1.6% of the
 * tempo at 120 BPM).
 *
 * <p>Thread contract: {@link #step} on the control thread (or offline loop); {@link #nanos} from
 * any thread.
 */
public final class ShowTime implements TimeSource {
    private static final long UNSET = Long.MIN_VALUE;
    private volatile long stepped;
    private volatile long wallOrigin = UNSET;

    /** Moves to {@code seconds}; with {@code wall} the first call switches to the wall clock from there. */
    void step(double seconds, boolean wall) {
        long n = Math.round(seconds * 1e9);
        if (wall && wallOrigin == UNSET) wallOrigin = System.nanoTime() - n;
        stepped = n;
    }

    /** Nanoseconds of show time as of the last step (what offline code and tests compare with). */
    public long stepped() {
        return stepped;
    }

    @Override
    public long nanos() {
        long origin = wallOrigin;
        return origin == UNSET ? stepped : System.nanoTime() - origin;
    }
}
