package latente.render.output;

import static org.lwjgl.opengl.GL30.*;

import latente.runtime.scene.Scene;

/**
 * The outputs at each render scale: full size and the smaller steps the adaptive resolution
 * uses, or one pinned size. A step's buffers are made the first time it is used and kept, so
 * moving between visited steps allocates nothing; on a move the pictures are carried over (scaled
 * by the GPU), so feedback goes on. The final frame, the window and the recording keep the full
 * size: only the outputs' pixel count changes. Render thread only.
 */
public final class ScaledOutputs implements AutoCloseable {
    /** Render scales, from full size down: each step costs about 25-30% fewer pixels than the one before. */
    public static final double[] SCALES = {1.0, 0.85, 0.72, 0.6, 0.5, 0.42, 0.35, 0.28};
    private final int width;
    private final int height;
    private final OutputBuffers[] steps = new OutputBuffers[SCALES.length];
    private OutputBuffers pinned;
    private OutputBuffers current;
    private int step;

    public ScaledOutputs(int width, int height) {
        this.width = width;
        this.height = height;
        steps[0] = new OutputBuffers(width, height);
        current = steps[0];
    }

    public OutputBuffers current() {
        return current;
    }

    /** The step in use (0 = full size), or -1 while a size is pinned. */
    public int step() {
        return pinned != null ? -1 : step;
    }

    /** Full size (the final frame's). */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Moves to step {@code s} (unpinning); true when the outputs changed. */
    public boolean step(int s) {
        int clamped = Math.max(0, Math.min(SCALES.length - 1, s));
        if (pinned == null && clamped == step) return false;
        if (steps[clamped] == null) steps[clamped] = new OutputBuffers(scaled(width, SCALES[clamped]), scaled(height, SCALES[clamped]));
        step = clamped;
        moveTo(steps[clamped]);
        if (pinned != null) {
            pinned.close();
            pinned = null;
        }
        return true;
    }

    /** Pins the outputs to {@code w}×{@code h} (the adaptive steps are not used until {@link #step} is called). */
    public void pin(int w, int h) {
        if (pinned != null && pinned.width() == w && pinned.height() == h) return;
        OutputBuffers old = pinned;
        pinned = new OutputBuffers(w, h);
        moveTo(pinned);
        if (old != null) old.close();
    }

    private void moveTo(OutputBuffers next) {
        if (next == current) return;
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, current.front(i).fbo());
            for (int b = 0; b < 2; b++) {
                glBindFramebuffer(GL_DRAW_FRAMEBUFFER, b == 0 ? next.front(i).fbo() : next.back(i).fbo());
                glBlitFramebuffer(0, 0, current.width(), current.height(), 0, 0, next.width(), next.height(), GL_COLOR_BUFFER_BIT, GL_LINEAR);
            }
        }
        current = next;
    }

    /** An even size at least 2 (video encoders and the grid layout like even sizes). */
    static int scaled(int full, double scale) {
        return Math.max(2, (int) Math.round(full * scale / 2) * 2);
    }

    @Override
    public void close() {
        for (OutputBuffers o : steps) if (o != null) o.close();
        if (pinned != null) pinned.close();
    }
}
