package latente.render.source;

import latente.runtime.record.FrameSink;

/**
 * A request to read an output back for someone off the render thread (image-to-image: a model
 * worker re-textures what an output shows). The render thread reads output {@link #output()}
 * after drawing, through a pixel-buffer ring ({@link latente.render.readback.AsyncReadback}), so
 * it never waits for the GPU; {@link FrameSink#wants} says whether this frame is needed.
 *
 * <p>Thread contract: every {@link FrameSink} method is called on the render thread and must
 * return at once without allocating in steady state. Registered with
 * {@link latente.render.RenderLink#grab(int, OutputGrab)}.
 */
public interface OutputGrab extends FrameSink {
    /** Which output o0..o3 to read. */
    int output();
}
