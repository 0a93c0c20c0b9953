package latente.render.source;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lock-free triple buffer of RGBA8 frames from one producer (a decoder or model worker) to the
 * render thread: the producer always has a buffer to write, the render thread always has the
 * newest finished frame, and neither ever waits. Frames the render thread had no time for are
 * overwritten: newest frame wins.
 *
 * <p>Thread contract: {@link #beginWrite}/{@link #publish} from one producer thread;
 * {@link #takeNewest} and the {@code front*} getters from the render thread only. The atomic
 * exchange on {@code middle} publishes the pixels and the size written before it.
 * Steady state allocates nothing; a producer's buffer grows (once) when frames get larger.
 */
public final class FrameRing {
    private static final int DIRTY = 4;

    private final ByteBuffer[] buffers = new ByteBuffer[3];
    private final int[] widths = new int[3];
    private final int[] heights = new int[3];
    private final AtomicInteger middle = new AtomicInteger(1);
    private int back;
    private int front = 2;

    /** Producer: a buffer of {@code width * height * 4} bytes (rows bottom-up) to fill, position 0. */
    public ByteBuffer beginWrite(int width, int height) {
        int bytes = width * height * 4;
        ByteBuffer b = buffers[back];
        if (b == null || b.capacity() < bytes) {
            b = ByteBuffer.allocateDirect(bytes);
            buffers[back] = b;
        }
        widths[back] = width;
        heights[back] = height;
        b.clear().limit(bytes);
        return b;
    }

    /** Producer: hands the frame filled since {@link #beginWrite} to the render thread. */
    public void publish() {
        buffers[back].position(0);
        back = middle.getAndSet(back | DIRTY) & 3;
    }

    /** Render thread: true when a newer frame arrived; it is then the front frame. */
    public boolean takeNewest() {
        if ((middle.get() & DIRTY) == 0) return false;
        front = middle.getAndSet(front) & 3;
        return true;
    }

    public ByteBuffer front() {
        return buffers[front];
    }

    public int frontWidth() {
        return widths[front];
    }

    public int frontHeight() {
        return heights[front];
    }
}
