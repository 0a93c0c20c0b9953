package latente.runtime.clock;

/**
 * Frame-driven time for offline rendering: frame k is at exactly k/fps seconds after frame 0.
 * The time of a frame is computed from k each time (never by adding frame durations), so a
 * one-hour render at 29.97 fps has no accumulated rounding error.
 */
public final class FrameTime implements TimeSource {
    private final double fps;
    private volatile long frame;

    public FrameTime(double fps) {
        if (!(fps > 0)) throw new IllegalArgumentException("fps must be positive, got " + fps);
        this.fps = fps;
    }

    /** Moves to frame {@code k} (the render loop calls this before drawing frame k). */
    public void frame(long k) {
        this.frame = k;
    }

    public long frame() {
        return frame;
    }

    public double fps() {
        return fps;
    }

    /** The time of frame k in nanoseconds, rounded to the nearest nanosecond. */
    public static long nanosOf(long k, double fps) {
        return Math.round(k * (1e9 / fps));
    }

    @Override
    public long nanos() {
        return nanosOf(frame, fps);
    }
}
