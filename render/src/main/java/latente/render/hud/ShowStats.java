package latente.render.hud;

/**
 * The live show's figures in one place, for the HUD (and any other view of them, such as a
 * performer's preview window or {@code latente bench show}): displayed frames per second, frame
 * time, render scale, model keyframes per second and recording frames dropped.
 *
 * <p>Thread contract: the render thread writes the frame figures ({@link #frame}, {@link #scale});
 * one sampler thread writes the model and recording figures; anyone reads. Every frame interval
 * is also kept in a preallocated ring (the last {@link #HISTORY} frames) for percentiles.
 */
public final class ShowStats {
    public static final int HISTORY = 1 << 16;
    private final long[] intervals = new long[HISTORY];
    private volatile long frames;
    private volatile double fps;
    private volatile double frameMs;
    private volatile double scale = 1;
    private volatile int renderWidth;
    private volatile int renderHeight;
    private volatile double keyframesPerSecond;
    private volatile long dropped;

    /** Render thread: one frame was shown {@code intervalNanos} after the previous one, after {@code busyNanos} of work. */
    public void frame(long intervalNanos, long busyNanos) {
        long n = frames;
        intervals[(int) (n & (HISTORY - 1))] = intervalNanos;
        double instant = 1e9 / Math.max(1, intervalNanos);
        fps = n == 0 ? instant : fps + (instant - fps) * 0.05;
        double ms = busyNanos / 1e6;
        frameMs = n == 0 ? ms : frameMs + (ms - frameMs) * 0.05;
        frames = n + 1;
    }

    /** Render thread: the outputs are drawn at {@code width}×{@code height}, {@code scale} of the full size. */
    public void scale(double scale, int width, int height) {
        this.scale = scale;
        this.renderWidth = width;
        this.renderHeight = height;
    }

    /** Sampler thread: the models' keyframes per second and the recording's dropped frames so far. */
    public void sample(double keyframesPerSecond, long droppedFrames) {
        this.keyframesPerSecond = keyframesPerSecond;
        this.dropped = droppedFrames;
    }

    public long frames() {
        return frames;
    }

    /** Smoothed over about the last 20 frames. */
    public double fps() {
        return fps;
    }

    public double frameMs() {
        return frameMs;
    }

    public double scale() {
        return scale;
    }

    public int renderWidth() {
        return renderWidth;
    }

    public int renderHeight() {
        return renderHeight;
    }

    public double keyframesPerSecond() {
        return keyframesPerSecond;
    }

    public long dropped() {
        return dropped;
    }

    /** The frame intervals (nanoseconds) of frames {@code from} (a {@link #frames} count) up to now, at most {@link #HISTORY}. */
    public long[] intervalsSince(long from) {
        long to = frames;
        long first = Math.max(from, to - HISTORY);
        long[] out = new long[(int) Math.max(0, to - first)];
        for (int i = 0; i < out.length; i++) out[i] = intervals[(int) ((first + i) & (HISTORY - 1))];
        return out;
    }
}
