package latente.render.readback;

import static org.lwjgl.opengl.GL32.*;

import java.nio.ByteBuffer;
import latente.render.gl.Framebuffer;
import latente.runtime.record.FrameSink;
import latente.runtime.record.PooledFrame;

/**
 * Reads finished frames back without stalling the render thread: a ring of pixel buffer objects.
 * Frame k's glReadPixels goes into PBO k (the driver copies asynchronously) with a fence behind
 * it; a PBO is mapped only once its fence has signalled (typically one or two frames later), its
 * bytes copied into a buffer claimed from the sink's preallocated pool, and the buffer submitted.
 * If every PBO is still in flight when a new frame arrives, the oldest read is abandoned rather
 * than waited for (the recorder counts the gap as a drop).
 *
 * <p>Thread contract: render thread only (it owns the GL context). Allocates nothing per frame.
 */
public final class AsyncReadback implements AutoCloseable {
    private final int width;
    private final int height;
    private final int bytes;
    private final int[] pbos;
    private final long[] fences;
    private final long[] stamps;
    private int oldest;
    private int inFlight;
    private final ByteBuffer[] mapped;
    private long abandoned;

    /** @param ring 2 or 3 PBOs (more only adds latency) */
    public AsyncReadback(int width, int height, int ring) {
        if (ring < 2 || ring > 4) throw new IllegalArgumentException("a readback ring has 2 to 4 buffers, got " + ring);
        this.width = width;
        this.height = height;
        this.bytes = width * height * 4;
        pbos = new int[ring];
        fences = new long[ring];
        stamps = new long[ring];
        mapped = new ByteBuffer[ring];
        for (int i = 0; i < ring; i++) {
            pbos[i] = glGenBuffers();
            glBindBuffer(GL_PIXEL_PACK_BUFFER, pbos[i]);
            glBufferData(GL_PIXEL_PACK_BUFFER, bytes, GL_STREAM_READ);
        }
        glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Reads that were abandoned because the ring was full of unfinished reads. */
    public long abandoned() {
        return abandoned;
    }

    /**
     * After drawing frame {@code fb} at {@code nanos}: hands on every earlier read that has finished,
     * then starts reading this frame if the sink wants it. Never waits for the GPU.
     */
    public void capture(Framebuffer fb, FrameSink sink, long nanos) {
        collect(sink, false);
        if (!sink.wants(nanos)) return;
        if (inFlight == pbos.length) {
            glDeleteSync(fences[oldest]);
            oldest = (oldest + 1) % pbos.length;
            inFlight--;
            abandoned++;
        }
        int slot = (oldest + inFlight) % pbos.length;
        glBindFramebuffer(GL_READ_FRAMEBUFFER, fb.fbo());
        glBindBuffer(GL_PIXEL_PACK_BUFFER, pbos[slot]);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, 0L);
        glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
        fences[slot] = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
        glFlush();
        stamps[slot] = nanos;
        inFlight++;
    }

    /** Hands on every read still in flight, waiting for the GPU (when a recording stops). */
    public void drain(FrameSink sink) {
        collect(sink, true);
    }

    private void collect(FrameSink sink, boolean wait) {
        while (inFlight > 0) {
            long fence = fences[oldest];
            int status = glClientWaitSync(fence, wait ? GL_SYNC_FLUSH_COMMANDS_BIT : 0, wait ? 1_000_000_000L : 0L);
            if (status == GL_TIMEOUT_EXPIRED && !wait) return;
            glDeleteSync(fence);
            if (status == GL_ALREADY_SIGNALED || status == GL_CONDITION_SATISFIED) hand(sink, oldest);
            oldest = (oldest + 1) % pbos.length;
            inFlight--;
        }
    }

    private void hand(FrameSink sink, int slot) {
        PooledFrame frame = sink.claim();
        if (frame == null) {
            sink.frameDropped();
            return;
        }
        glBindBuffer(GL_PIXEL_PACK_BUFFER, pbos[slot]);
        // Passing the previous mapping lets LWJGL reuse its ByteBuffer when the address is the same.
        ByteBuffer m = glMapBufferRange(GL_PIXEL_PACK_BUFFER, 0, bytes, GL_MAP_READ_BIT, mapped[slot]);
        if (m != null) {
            mapped[slot] = m;
            frame.pixels.clear();
            m.rewind();
            frame.pixels.put(m);
            frame.pixels.flip();
            glUnmapBuffer(GL_PIXEL_PACK_BUFFER);
            frame.stamp(stamps[slot]);
            sink.submit(frame);
        } else {
            sink.release(frame);
        }
        glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    }

    @Override
    public void close() {
        while (inFlight > 0) {
            glDeleteSync(fences[oldest]);
            oldest = (oldest + 1) % pbos.length;
            inFlight--;
        }
        for (int pbo : pbos) glDeleteBuffers(pbo);
    }
}
