package latente.runtime.log;

/**
 * Where log timestamps come from: seconds since the log started and the frame number of that
 * instant. Thread contract: called on whichever thread logs an event; must not block.
 */
public interface LogClock {
    double seconds();

    long frame();

    /** Monotonic wall time since {@code originNanos}; frame = floor(seconds × fps). */
    static LogClock wall(long originNanos, double fps) {
        return new LogClock() {
            @Override
            public double seconds() {
                return (System.nanoTime() - originNanos) / 1e9;
            }

            @Override
            public long frame() {
                return (long) Math.floor(seconds() * fps);
            }
        };
    }
}
