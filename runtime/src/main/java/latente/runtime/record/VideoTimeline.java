package latente.runtime.record;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;

/**
 * Places the recorder's frames on the video's time line. Video time 0 is the first frame's draw
 * instant. With ffmpeg each frame is written once, at its own time, lasting until the next one
 * (variable frame rate); the last lasts until the recording's end, so the file is exactly as long
 * as the recorded show. The PNG fallback has no timestamps: there a frame fills every slot of the
 * constant rate until the next one (those repeats are counted).
 *
 * <p>Thread contract: the recorder's writer thread only. Frames it is done with go back to
 * {@code free}; it keeps one (the latest) to know its duration or to repeat it.
 */
final class VideoTimeline {
    private final RecordingOutput output;
    private final long originNanos;
    private final double nanosPerFrame;
    private final BlockingQueue<PooledFrame> free;
    private PooledFrame previous;
    private long firstNanos;
    private long lastSlot = -1;
    private long distinct;
    private long written;
    private long endNanos = -1;

    VideoTimeline(RecordingOutput output, long originNanos, double fps, BlockingQueue<PooledFrame> free) {
        this.output = output;
        this.originNanos = originNanos;
        this.nanosPerFrame = 1e9 / fps;
        this.free = free;
    }

    void frame(PooledFrame f) throws IOException {
        if (previous == null) {
            firstNanos = f.nanos;
            output.begin((f.nanos - originNanos) / 1e9);
        } else if (f.nanos <= previous.nanos) {
            free.offer(f); // out of order or the same instant: keep the earlier one
            return;
        }
        if (output.timed()) {
            if (previous != null) writeTimed(previous, f.nanos);
        } else {
            long slot = Math.round((f.nanos - firstNanos) / nanosPerFrame);
            if (slot <= lastSlot) {
                free.offer(f);
                return;
            }
            for (long k = lastSlot + 1; k < slot; k++) writePng(previous);
            writePng(f);
            lastSlot = slot;
        }
        distinct++;
        if (previous != null) free.offer(previous);
        previous = f;
    }

    private void writeTimed(PooledFrame f, long untilNanos) throws IOException {
        output.write(f.pixels, micros(f.nanos), Math.max(1, micros(untilNanos) - micros(f.nanos)));
        written++;
    }

    private void writePng(PooledFrame f) throws IOException {
        output.write(f.pixels);
        written++;
    }

    private long micros(long nanos) {
        return (nanos - firstNanos) / 1000;
    }

    /** Below this, a closing copy would land on the last frame's timestamp (containers store milliseconds). */
    private static final long CLOSING_MIN_GAP_NANOS = 2_000_000;

    /**
     * Where a video asked to end at {@code endNanos} whose last frame was drawn at {@code lastNanos}
     * really ends: at the end asked for when a closing copy fits before it, else one frame time
     * after the last frame (how long a container shows a last frame).
     */
    static long end(long endNanos, long lastNanos, double nanosPerFrame) {
        long p = Math.round(nanosPerFrame);
        return endNanos - p > lastNanos + CLOSING_MIN_GAP_NANOS ? endNanos : lastNanos + p;
    }

    /**
     * Ends the video at {@code nanos}: writes the last frame and, when the show ran on after it,
     * one closing copy a frame before the end, so the video lasts until {@code nanos} (see
     * {@link #end(long, long, double)} for a last frame drawn just before the end).
     */
    void end(long nanos) throws IOException {
        if (previous == null) return;
        long p = Math.round(nanosPerFrame);
        endNanos = end(Math.max(nanos, previous.nanos), previous.nanos, nanosPerFrame);
        if (output.timed()) {
            writeTimed(previous, endNanos);
            if (endNanos - p > previous.nanos + CLOSING_MIN_GAP_NANOS) {
                output.write(previous.pixels, micros(endNanos - p), micros(endNanos) - micros(endNanos - p));
                written++;
            }
        } else {
            long slot = Math.round((endNanos - firstNanos) / nanosPerFrame);
            for (long k = lastSlot + 1; k < slot; k++) writePng(previous);
        }
    }

    long written() {
        return written;
    }

    /** "(412 distinct, 13.7 s, 30.1 frames/s on average, variable rate)". */
    String describe() {
        double seconds = endNanos < 0 ? 0 : (endNanos - firstNanos) / 1e9;
        return String.format(Locale.ROOT, "(%d distinct, %.1f s, %.1f frames/s on average, %s)", distinct, seconds,
                seconds > 0 ? distinct / seconds : 0, output.timed() ? "variable rate" : "repeats fill the constant rate");
    }
}
