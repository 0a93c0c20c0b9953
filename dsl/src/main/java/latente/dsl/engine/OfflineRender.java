package latente.dsl.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import latente.dsl.show.EvalResult;
import latente.render.Renderer;
import latente.render.gl.EglHeadlessContext;
import latente.runtime.record.FrameWriter;
import org.lwjgl.system.MemoryUtil;

/**
 * Renders a set offline and deterministically: frame k is computed at time k / fps, whatever
 * the wall clock says, and every frame reaches the writer (none are dropped). Runs entirely on
 * the calling thread, which owns the headless GL context.
 */
public final class OfflineRender implements AutoCloseable {
    private final EglHeadlessContext context;
    private final Renderer renderer;
    private final Engine engine;
    private final ByteBuffer frame;

    /** Renders {@code engine}'s show (a fresh one, not yet evaluated anything) at {@code width}x{@code height}. */
    public OfflineRender(Engine engine, int width, int height) {
        context = EglHeadlessContext.create();
        this.engine = engine;
        renderer = new Renderer(engine.bus(), engine.link(), width, height);
        renderer.fixResolution(); // the command line fixes the size of a recording
        renderer.synchronousGrabs(); // image-to-image reads depend on the frame number only
        engine.installer(renderer::apply);
        frame = MemoryUtil.memAlloc(width * height * 4);
    }

    public Engine engine() {
        return engine;
    }

    public Renderer renderer() {
        return renderer;
    }

    public String glDescription() {
        return context.description();
    }

    public EvalResult load(SetFile set) {
        return engine.load(set);
    }

    /**
     * Draws frames 0..count-1 at fps into {@code writer}.
     *
     * @return milliseconds from JVM start to the first frame handed to the writer
     */
    public long render(int count, double fps, FrameWriter writer) throws IOException {
        long firstFrameMillis = -1;
        for (int k = 0; k < count; k++) {
            drawFrame(k / fps);
            writer.write(frame);
            if (k == 0) firstFrameMillis = System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                    .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
        }
        return firstFrameMillis;
    }

    /** Advances the show to {@code seconds} and draws one frame; returns the RGBA pixels (bottom-up). */
    public ByteBuffer drawFrame(double seconds) {
        engine.advance(seconds);
        renderer.drawFrame(engine.time());
        renderer.readFinal(frame);
        return frame;
    }

    @Override
    public void close() {
        engine.link().closeAll();
        engine.latents().close();
        MemoryUtil.memFree(frame);
        engine.closeInputs();
        renderer.close();
        context.close();
    }
}
