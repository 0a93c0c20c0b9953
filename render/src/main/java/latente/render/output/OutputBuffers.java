package latente.render.output;

import latente.render.gl.Framebuffer;
import latente.runtime.scene.Scene;

/**
 * The four outputs o0..o3, each a pair of framebuffers. During a frame every output draws into
 * its back buffer while every {@code src(oN)} reads front buffers, i.e. the previous frame; so an
 * output reading itself gives feedback, and the drawing order of outputs never matters.
 * {@link #swap} at the end of the frame publishes each drawn output. Render thread only.
 */
public final class OutputBuffers implements AutoCloseable {
    private final Framebuffer[][] buffers = new Framebuffer[Scene.OUTPUTS][2];
    private final int[] front = new int[Scene.OUTPUTS];
    private final int width;
    private final int height;

    public OutputBuffers(int width, int height) {
        this.width = width;
        this.height = height;
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            buffers[i][0] = new Framebuffer(width, height);
            buffers[i][1] = new Framebuffer(width, height);
        }
    }

    public Framebuffer front(int output) {
        return buffers[output][front[output]];
    }

    public Framebuffer back(int output) {
        return buffers[output][1 - front[output]];
    }

    /** Publishes what {@code output} drew this frame; outputs that drew nothing keep their picture. */
    public void swap(int output) {
        front[output] = 1 - front[output];
    }

    /** Blacks out both buffers of {@code output}: it draws nothing now, and must not show its last picture. */
    public void clear(int output) {
        buffers[output][0].clearToBlack();
        buffers[output][1].clearToBlack();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public void close() {
        for (Framebuffer[] pair : buffers) {
            pair[0].close();
            pair[1].close();
        }
    }
}
