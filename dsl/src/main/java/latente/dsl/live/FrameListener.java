package latente.dsl.live;

import latente.render.Renderer;
import latente.render.gl.GlContext;

/**
 * Called on the render thread after each frame is drawn into the final frame and before it is
 * presented: the place for a preview HUD, frame readback for the recorder, or a benchmark probe.
 * Must not block, must not allocate in steady state, and must not throw (a throwing listener is
 * reported once and removed).
 */
@FunctionalInterface
public interface FrameListener {
    void afterDraw(Renderer renderer, GlContext context, long frame);

    /** Called once on the render thread when the loop ends, before the GL context goes: free GL objects here. */
    default void onStop(Renderer renderer) {}
}
