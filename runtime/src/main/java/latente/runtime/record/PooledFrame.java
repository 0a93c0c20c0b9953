package latente.runtime.record;

import java.nio.ByteBuffer;

/**
 * One preallocated frame buffer of a recorder's pool (RGBA8, rows bottom-up, heap-backed so the
 * writer can hand its array to the ffmpeg pipe without another copy), stamped with the time it
 * was drawn. Owned by whoever holds it: the render thread between claim and submit, the writer
 * thread after.
 */
public final class PooledFrame {
    public final ByteBuffer pixels;
    long nanos;

    public PooledFrame(int bytes) {
        pixels = ByteBuffer.allocate(bytes);
    }

    public long nanos() {
        return nanos;
    }

    /** The System.nanoTime-scale instant the frame was drawn. */
    public void stamp(long nanos) {
        this.nanos = nanos;
    }
}
