package latente.render.source;

import latente.render.RenderLink;
import latente.render.gl.Framebuffer;
import latente.render.readback.AsyncReadback;

/**
 * The render thread's side of {@link OutputGrab}s: one readback ring per grab slot, sized to the
 * outputs and rebuilt when they are resized. Live, reads finish a frame or two later and are
 * handed on without waiting; offline ({@link #synchronous}) each read is waited for at once, so
 * the pixels a model sees depend only on the frame number (deterministic renders).
 *
 * <p>Thread contract: render thread only. Allocates nothing per frame.
 */
public final class OutputGrabs implements AutoCloseable {
    private final AsyncReadback[] rings = new AsyncReadback[RenderLink.GRABS];
    private final OutputGrab[] owners = new OutputGrab[RenderLink.GRABS];
    private boolean synchronous;

    public void synchronous(boolean on) {
        synchronous = on;
    }

    /** After a frame is drawn: reads each registered grab's output (outputs indexed by o0..o3). */
    public void capture(RenderLink link, Framebuffer[] outputsFront, long nanos) {
        for (int i = 0; i < rings.length; i++) {
            OutputGrab g = link.grab(i);
            AsyncReadback ring = rings[i];
            if (g != owners[i] && ring != null) { // a new requester: its sink must not get the old one's reads
                ring.close();
                rings[i] = ring = null;
            }
            owners[i] = g;
            if (g == null) continue;
            Framebuffer fb = outputsFront[g.output()];
            if (g.width() != fb.width() || g.height() != fb.height()) continue; // its buffers are for another size
            if (ring == null || ring.width() != fb.width() || ring.height() != fb.height()) {
                if (ring != null) ring.close();
                rings[i] = ring = new AsyncReadback(fb.width(), fb.height(), 2);
            }
            ring.capture(fb, g, nanos);
            if (synchronous) ring.drain(g);
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < rings.length; i++) {
            if (rings[i] != null) rings[i].close();
            rings[i] = null;
        }
    }
}
