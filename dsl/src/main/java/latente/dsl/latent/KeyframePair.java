package latente.dsl.latent;

import java.nio.ByteBuffer;

/**
 * The two newest keyframes of a latent stream, as RGBA8 rows bottom-up in off-heap buffers, and
 * the blend between them that the display shows: keyframes arrive a few times a second, the
 * display runs at its own rate and fades from the older keyframe to the newer one.
 *
 * <p>Thread contract: {@link #push} from the model worker (or the offline render loop),
 * {@link #blendInto} from the blender (or the offline render loop). Both lock this object for
 * the length of one copy (well under a millisecond at 256²); neither is the render thread, which
 * only ever sees the finished blend through a lock-free {@link latente.render.source.FrameRing}.
 * Nothing here allocates after the first keyframe.
 */
final class KeyframePair {
    private final int width, height;
    private final ByteBuffer[] frames = new ByteBuffer[2];
    private final long[] stamps = new long[2];
    private int newest = -1;
    private int count;
    private long version;

    KeyframePair(int width, int height) {
        this.width = width;
        this.height = height;
        frames[0] = ByteBuffer.allocateDirect(width * height * 4);
        frames[1] = ByteBuffer.allocateDirect(width * height * 4);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Stores a model keyframe (RGB floats in [0, 1], top row first) made at {@code nanos}; the older one is replaced. */
    synchronized void push(float[] rgb, long nanos) {
        int slot = newest < 0 ? 0 : 1 - newest;
        ByteBuffer b = frames[slot];
        for (int y = 0; y < height; y++) {
            int src = (height - 1 - y) * width * 3; // GL textures are bottom-up
            int dst = y * width * 4;
            for (int x = 0; x < width; x++, src += 3, dst += 4) {
                b.put(dst, byteOf(rgb[src]));
                b.put(dst + 1, byteOf(rgb[src + 1]));
                b.put(dst + 2, byteOf(rgb[src + 2]));
                b.put(dst + 3, (byte) 255);
            }
        }
        stamps[slot] = nanos;
        newest = slot;
        count++;
        version++;
    }

    private static byte byteOf(float v) {
        int i = Math.round(v * 255f);
        return (byte) (i < 0 ? 0 : Math.min(i, 255));
    }

    /** Keyframes pushed so far. */
    synchronized long count() {
        return count;
    }

    /** Changes whenever a keyframe arrives (the blender skips work while it and alpha stay put). */
    synchronized long version() {
        return version;
    }

    /**
     * How far the display should be from the older keyframe to the newer at {@code nanos}: the
     * fade lasts as long as the gap between the two keyframes, so the picture keeps moving at
     * whatever rate the model manages (one keyframe of latency).
     */
    synchronized double alphaAt(long nanos) {
        if (count < 2) return 1;
        long gap = stamps[newest] - stamps[1 - newest];
        if (gap <= 0) return 1;
        return Math.max(0, Math.min(1, (double) (nanos - stamps[newest]) / gap));
    }

    /**
     * Writes (1 − alpha)·older + alpha·newer into {@code out} (width × height × 4 bytes).
     *
     * @return false while there is no keyframe yet
     */
    synchronized boolean blendInto(ByteBuffer out, double alpha) {
        if (count == 0) return false;
        ByteBuffer b = frames[newest];
        int n = width * height * 4;
        if (count < 2 || alpha >= 1) {
            out.put(0, b, 0, n);
            return true;
        }
        ByteBuffer a = frames[1 - newest];
        int k = (int) Math.round(Math.max(0, alpha) * 256);
        int j = 256 - k;
        for (int i = 0; i < n; i++) {
            out.put(i, (byte) (((a.get(i) & 0xff) * j + (b.get(i) & 0xff) * k + 128) >> 8));
        }
        return true;
    }
}
