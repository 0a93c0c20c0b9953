package latente.dsl.latent;

import java.util.concurrent.atomic.AtomicReference;
import latente.render.source.OutputGrab;
import latente.runtime.model.InitImage;
import latente.runtime.record.PooledFrame;

/**
 * Image-to-image input of a latent stream: output {@code o_n} read back by the render thread
 * (asynchronously, see {@link latente.render.source.OutputGrabs}) whenever the model worker
 * asks for a new one, handed to the worker through three buffers that rotate without locks.
 *
 * <p>Buffers: one waits in {@code ready} (the newest read), one is the render thread's
 * {@code spare} to fill next, one is with the worker or back in {@code returned}. The render
 * thread never waits: when it has no spare it drops the read. The buffers are allocated on the
 * thread that creates the grab, at the outputs' size; the render thread reads only outputs of
 * exactly that size, and when the outputs are resized the worker registers a new grab.
 *
 * <p>Thread contract: the {@link OutputGrab} methods on the render thread; {@link #take} on the
 * model worker (or the offline render loop).
 */
final class InitGrab implements OutputGrab {
    private final int output;
    private final int width, height;
    private final AtomicReference<PooledFrame> ready = new AtomicReference<>();
    private final AtomicReference<PooledFrame> returned = new AtomicReference<>();
    private PooledFrame spare;
    private PooledFrame extra;
    private volatile boolean wanted = true;

    InitGrab(int output, int width, int height) {
        this.output = output;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        spare = new PooledFrame(this.width * this.height * 4);
        extra = new PooledFrame(this.width * this.height * 4);
    }

    @Override
    public int output() {
        return output;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Render thread: one read per request of the worker. */
    @Override
    public boolean wants(long nanos) {
        if (!wanted) return false;
        wanted = false;
        return true;
    }

    @Override
    public PooledFrame claim() {
        if (spare == null) spare = returned.getAndSet(null);
        if (spare == null) {
            spare = extra;
            extra = null;
        }
        PooledFrame f = spare;
        spare = null;
        return f;
    }

    @Override
    public void submit(PooledFrame frame) {
        // The readback fills at most the frame's limit; a resized output gets fresh buffers once.
        PooledFrame old = ready.getAndSet(frame);
        if (old != null) spare = old;
    }

    @Override
    public void release(PooledFrame frame) {
        spare = frame;
    }

    /**
     * Worker: converts the newest read (if one arrived since the last call) into {@code out} at
     * the model's size and asks the render thread for the next one.
     *
     * @return true when {@code out} now holds a new init image
     */
    boolean take(float[] out, int modelW, int modelH) {
        wanted = true;
        PooledFrame f = ready.getAndSet(null);
        if (f == null) return false;
        try {
            InitImage.fromRgba8(f.pixels, width, height, true, modelW, modelH, out);
            return true;
        } finally {
            returned.set(f);
        }
    }

    /** True when the outputs are still the size this grab's buffers were made for. */
    boolean fits(long packedSize) {
        return (int) (packedSize >>> 32) == width && (int) packedSize == height;
    }
}
