package latente.render.output;

import latente.render.gl.Framebuffer;
import latente.runtime.scene.Scene;

/**
 * The four outputs o0..o3, each a pair of framebuffers. During a frame the outputs draw in order
 * o0..o3, each into its back buffer, and {@link #seenBy} says which picture {@code src(oN)} reads,
 * as in Hydra: an output's own previous frame (feedback), the previous frame of an output drawn
 * before it, and the frame before that of an output drawn after it (still in its back buffer,
 * not yet overwritten). {@link #swap} at the end of the frame publishes each drawn output.
 * Render thread only.
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
            buffers[i][0] = new Framebuffer(width, height, false);
            buffers[i][1] = new Framebuffer(width, height, false);
        }
    }

    public Framebuffer front(int output) {
        return buffers[output][front[output]];
    }

    public Framebuffer back(int output) {
        return buffers[output][1 - front[output]];
    }

    /** The picture of output {@code source} that the chain of output {@code reader} samples this frame. */
    public Framebuffer seenBy(int source, int reader) {
        return source > reader ? back(source) : front(source);
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
