package latente.bench.live;

import static org.lwjgl.opengl.GL30.*;

import java.nio.ByteBuffer;
import latente.dsl.live.FrameListener;
import latente.render.Renderer;
import latente.render.gl.GlContext;
import org.lwjgl.system.MemoryUtil;

/**
 * Reads one pixel of every final frame and notes when it first shows an expected colour: how
 * {@code latente bench eval} and the live tests see that a change reached the picture. The
 * read-back synchronises with the GPU, so the frame really is drawn when it is noticed.
 *
 * <p>Thread contract: {@link #afterDraw} on the render thread; {@link #expect} and the getters
 * from any thread (volatile fields).
 */
public final class PixelProbe implements FrameListener {
    private final int x;
    private final int y;
    private ByteBuffer pixel;
    private volatile int expected = -1;
    private volatile int tolerance = 2;
    private volatile long seenNanos;
    private volatile long seenFrame;
    private volatile int last;

    /** Probes pixel (x, y), counted from the bottom left as in GL. */
    public PixelProbe(int x, int y) {
        this.x = x;
        this.y = y;
    }

    /** Starts waiting for {@code rgb} (0xRRGGBB), each channel within {@code tolerance}. */
    public void expect(int rgb, int tolerance) {
        this.tolerance = tolerance;
        seenNanos = 0;
        expected = rgb;
    }

    @Override
    public void afterDraw(Renderer renderer, GlContext context, long frame) {
        if (pixel == null) pixel = MemoryUtil.memAlloc(4);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, renderer.finalFrame().fbo());
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(x, y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
        int rgb = (pixel.get(0) & 0xff) << 16 | (pixel.get(1) & 0xff) << 8 | (pixel.get(2) & 0xff);
        last = rgb;
        int want = expected;
        if (want >= 0 && seenNanos == 0 && close(rgb, want, tolerance)) {
            seenFrame = frame;
            seenNanos = System.nanoTime();
        }
    }

    private static boolean close(int a, int b, int tol) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > tol) return false;
        }
        return true;
    }

    /** {@link System#nanoTime()} of the first frame that showed the expected colour, or 0. */
    public long seenNanos() {
        return seenNanos;
    }

    public long seenFrame() {
        return seenFrame;
    }

    /** The colour of the newest frame, 0xRRGGBB. */
    public int last() {
        return last;
    }
}
