package latente.render.readback;

import static org.lwjgl.opengl.GL30.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import latente.render.gl.Framebuffer;
import latente.runtime.record.FrameSink;

/**
 * The render thread's side of live recording. Another thread {@link #attach attaches} a sink (a
 * recorder) or {@link #detach detaches} it; the render thread calls {@link #frame} after every
 * drawn frame and, at that point, creates or releases the readback ring (GL objects belong to the
 * render thread). When the sink's size differs from the frame's, the frame is first scaled into
 * an FBO of the sink's size by the GPU.
 *
 * It also serves snapshot requests ({@code :snap}) at the next frame.
 *
 * <p>Thread contract: attach/detach/snapshot from any thread; frame and close on the render
 * thread. With nothing asked for, {@link #frame} costs two atomic reads.
 */
public final class RecordingTap {
    private record Change(FrameSink sink, CompletableFuture<Void> done) {}

    private record SnapRequest(java.nio.file.Path out, CompletableFuture<java.nio.file.Path> done) {}

    private final AtomicReference<Change> pending = new AtomicReference<>();
    private final AtomicReference<SnapRequest> snap = new AtomicReference<>();
    private FrameSink sink;
    private AsyncReadback readback;
    private Framebuffer scaled;

    /** Starts feeding {@code sink} from the next frame on (replacing any sink attached before). */
    public CompletableFuture<Void> attach(FrameSink sink) {
        return change(sink);
    }

    /** Stops feeding; the future completes once the render thread has handed on the frames in flight. */
    public CompletableFuture<Void> detach() {
        return change(null);
    }

    private CompletableFuture<Void> change(FrameSink next) {
        Change c = new Change(next, new CompletableFuture<>());
        Change old = pending.getAndSet(c);
        if (old != null) old.done().complete(null);
        return c.done();
    }

    /** Asks for a PNG of the next frame at full resolution (see {@link Snapshot}). */
    public CompletableFuture<java.nio.file.Path> snapshot(java.nio.file.Path out) {
        SnapRequest r = new SnapRequest(out, new CompletableFuture<>());
        SnapRequest old = snap.getAndSet(r);
        if (old != null) old.done().completeExceptionally(new IllegalStateException("superseded by a newer snapshot"));
        return r.done();
    }

    public boolean attached() {
        return sink != null;
    }

    /** Render thread, after drawing {@code finalFrame} at {@code nanos} (System.nanoTime scale). */
    public void frame(Framebuffer finalFrame, long nanos) {
        Change c = pending.getAndSet(null);
        if (c != null) {
            release();
            sink = c.sink();
            if (sink != null) {
                readback = new AsyncReadback(sink.width(), sink.height(), 3);
                if (sink.width() != finalFrame.width() || sink.height() != finalFrame.height()) {
                    scaled = new Framebuffer(sink.width(), sink.height());
                }
            }
            c.done().complete(null);
        }
        SnapRequest s = snap.get() == null ? null : snap.getAndSet(null);
        if (s != null) Snapshot.write(finalFrame, s.out()).whenComplete((p, e) -> {
            if (e != null) s.done().completeExceptionally(e);
            else s.done().complete(p);
        });
        if (sink == null) return;
        Framebuffer source = finalFrame;
        if (scaled != null) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, finalFrame.fbo());
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, scaled.fbo());
            glBlitFramebuffer(0, 0, finalFrame.width(), finalFrame.height(), 0, 0, scaled.width(), scaled.height(),
                    GL_COLOR_BUFFER_BIT, GL_LINEAR);
            source = scaled;
        }
        readback.capture(source, sink, nanos);
    }

    private void release() {
        if (readback != null) {
            readback.drain(sink);
            readback.close();
            readback = null;
        }
        if (scaled != null) {
            scaled.close();
            scaled = null;
        }
        sink = null;
    }

    /** Render thread, when the render loop ends: hands on what is in flight and frees the GL objects. */
    public void close() {
        Change c = pending.getAndSet(null);
        release();
        if (c != null) c.done().complete(null);
    }
}
