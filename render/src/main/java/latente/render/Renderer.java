package latente.render;

import static org.lwjgl.opengl.GL30.*;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import latente.render.gl.Framebuffer;
import latente.render.gl.ShaderException;
import latente.render.gl.ShaderProgram;
import latente.render.glsl.ChainCompileException;
import latente.render.glsl.ChainCompiler;
import latente.render.glsl.CompiledChain;
import latente.render.glsl.ShaderErrors;
import latente.render.output.OutputBuffers;
import latente.render.output.ScaledOutputs;
import latente.render.output.SourceTextures;
import latente.render.source.FrameRing;
import latente.render.source.OutputGrabs;
import latente.render.source.SourceFeed;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;

/**
 * Draws scenes: every output's chain into its back buffer, then the shown output (or all four in
 * a grid) into the final frame that the window, the recorder and readback use.
 *
 * <p>Thread contract: every method runs on the render thread, which owns the GL context.
 * {@link #apply} compiles a scene's shaders and swaps it in only when all of them compile; on
 * failure the previous scene keeps drawing. Live, {@link #install} does the same with a scene the
 * compile thread has already compiled and tried in its own context, so that here it costs a build
 * from the driver's shader cache. {@link #drawFrame}
 * allocates nothing in steady state (a resolution change or a new source size reallocates GL
 * storage once).
 */
public final class Renderer implements AutoCloseable {
    private final ParamBus bus;
    private final RenderLink link;
    private final SourceTextures sources = new SourceTextures();
    private final OutputGrabs grabs = new OutputGrabs();
    private final Framebuffer[] fronts = new Framebuffer[Scene.OUTPUTS];
    private final int vertexArray = glGenVertexArrays();
    private final DrawPlan[] plans = new DrawPlan[Scene.OUTPUTS];
    private final PlanUniforms uniforms;
    private ScaledOutputs scaled;
    private OutputBuffers outputs;
    private Framebuffer finalFrame;
    private long appliedRequest;
    private boolean fixedResolution;
    private Scene scene = Scene.empty();
    private final Map<String, ShaderProgram> programs = new HashMap<>();
    private final CostTrial trial;
    private final FrameBudget budget;
    private double lastTime;

    public Renderer(ParamBus bus, int width, int height) {
        this(bus, new RenderLink(), width, height);
    }

    public Renderer(ParamBus bus, RenderLink link, int width, int height) {
        this.bus = bus;
        this.link = link;
        this.scaled = new ScaledOutputs(width, height);
        this.outputs = scaled.current();
        this.finalFrame = new Framebuffer(width, height);
        this.uniforms = new PlanUniforms(bus);
        this.trial = new CostTrial(uniforms, link);
        this.budget = new FrameBudget(trial);
        this.appliedRequest = link.requestedResolution();
        link.outputSize(width, height);
    }

    /** Ignores {@code setResolution} requests (offline rendering, whose size the command line fixes). */
    public void fixResolution() {
        fixedResolution = true;
    }

    /** Output readbacks ({@link RenderLink#grab}) wait for their pixels each frame (offline: deterministic). */
    public void synchronousGrabs() {
        grabs.synchronous(true);
    }

    /**
     * Compiles every chain of {@code next} and makes it the scene drawn from the next frame on.
     * Programs are cached by source, so re-applying an unchanged chain costs a map lookup. Offline
     * and in tests the render thread may wait for this; a live show has its compile thread
     * prepare each scene first and only {@link #install}s it here.
     *
     * @throws ChainCompileException naming the chain's call (and set-file line) when a chain is
     *                               invalid or the driver refuses its GLSL; the previous scene stays
     */
    public void apply(Scene next) throws ChainCompileException {
        DrawPlan[] nextPlans = new DrawPlan[Scene.OUTPUTS];
        try {
            for (int i = 0; i < Scene.OUTPUTS; i++) {
                Chain chain = next.output(i);
                if (chain == null) continue;
                CompiledChain compiled = ChainCompiler.compile(chain, i);
                ShaderProgram program = programs.get(compiled.fragmentSource());
                if (program == null) {
                    try {
                        program = ShaderProgram.fullscreen(compiled.fragmentSource());
                    } catch (ShaderException e) {
                        throw ShaderErrors.explain(compiled, e.log(), "o" + i);
                    }
                    programs.put(compiled.fragmentSource(), program);
                }
                nextPlans[i] = DrawPlan.of(program, compiled);
            }
            budget.check(nextPlans, lastTime, outputs.width(), outputs.height());
        } catch (ChainCompileException e) {
            retireUnused();
            throw e;
        }
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            // an output that stops drawing (hush(), a set that no longer names it) goes black
            // instead of freezing its last frame on the audience output, recordings and snaps
            if (nextPlans[i] == null && plans[i] != null) outputs.clear(i);
        }
        System.arraycopy(nextPlans, 0, plans, 0, Scene.OUTPUTS);
        scene = next;
        retireUnused();
    }

    /**
     * Live: makes a scene the compile thread prepared the one drawn from the next frame on. Its
     * programs are built again here, in this context, from the driver's shader cache, which the
     * compile thread's trial filled: a few milliseconds where a cold build takes hundreds. No
     * trial runs here (the live renderer has no budget; the compile thread checked it).
     */
    public void install(PreparedScene next) throws ChainCompileException {
        apply(next.scene());
    }

    /** Closes the programs no current plan draws with. */
    private void retireUnused() {
        programs.entrySet().removeIf(e -> {
            for (DrawPlan p : plans) if (p != null && p.program == e.getValue()) return false;
            budget.forget(e.getKey());
            e.getValue().close();
            return true;
        });
    }

    /**
     * Offline and tests ({@link #apply}): before a scene replaces the running one, prove that one
     * frame of it fits in {@code millis} (0: no check, as offline, where a slow frame only makes
     * the render slower). A live show sets the budget on its compile thread's {@link ScenePreparer}.
     */
    public void frameBudget(double millis) {
        budget.millis(millis);
    }

    /** The budget of one live frame: 100 ms (the longest pause the audience must never see); {@code -Dlatente.frameBudgetMillis}. */
    public static double liveFrameBudgetMillis() {
        return FrameBudget.liveMillis();
    }

    /** Draws one frame at {@code time} seconds into the final frame. */
    public void drawFrame(double time) {
        applyResolutionRequest();
        uploadSources();
        int w = outputs.width();
        int h = outputs.height();
        lastTime = time;
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            DrawPlan p = plans[i];
            if (p == null) continue;
            outputs.back(i).bind();
            draw(p, i, time, w, h);
        }
        for (int i = 0; i < Scene.OUTPUTS; i++) if (plans[i] != null) outputs.swap(i);
        composeFinal(w, h, finalFrame.width(), finalFrame.height());
        for (int i = 0; i < Scene.OUTPUTS; i++) fronts[i] = outputs.front(i);
        grabs.capture(link, fronts, System.nanoTime());
    }

    /**
     * One draw of {@code p} into the bound framebuffer: uniforms, textures, a full-screen triangle.
     * {@code reader} is the output being drawn: it decides which frame of each output it sees
     * ({@link OutputBuffers#seenBy}).
     */
    void draw(DrawPlan p, int reader, double time, int w, int h) {
        glBindVertexArray(vertexArray);
        glDisable(GL_BLEND);
        uniforms.set(p, time, w, h);
        for (int k = 0; k < p.textureLocations.length; k++) {
            glActiveTexture(GL_TEXTURE0 + k);
            glBindTexture(GL_TEXTURE_2D, p.textureIsOutput[k]
                    ? outputs.seenBy(p.textureIndex[k], reader).texture() : sources.texture(p.textureIndex[k]));
            glUniform1i(p.textureLocations[k], k);
        }
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }

    private void applyResolutionRequest() {
        long request = link.requestedResolution();
        if (request == appliedRequest) return;
        appliedRequest = request;
        if (!fixedResolution) resize((int) (request >>> 32), (int) request);
    }

    /** Reallocates the outputs and the final frame at full scale; the scene keeps drawing, feedback restarts black. */
    public void resize(int width, int height) {
        if (width == finalFrame.width() && height == finalFrame.height() && scaled.step() == 0) return;
        scaled.close();
        finalFrame.close();
        scaled = new ScaledOutputs(width, height);
        outputs = scaled.current();
        finalFrame = new Framebuffer(width, height);
        link.outputSize(width, height);
    }

    /**
     * Draws the outputs at render scale step {@code step} ({@link ScaledOutputs#SCALES}) from the
     * next frame on; the final frame keeps its size. The first use of a step allocates its
     * buffers; later moves between steps allocate nothing. Returns true when the scale changed.
     */
    public boolean renderStep(int step) {
        if (!scaled.step(step)) return false;
        outputs = scaled.current();
        link.outputSize(outputs.width(), outputs.height());
        return true;
    }

    /** Pins the outputs to {@code width}×{@code height} whatever the final frame's size (--resolution WxH). */
    public void pinRenderSize(int width, int height) {
        scaled.pin(width, height);
        outputs = scaled.current();
        link.outputSize(outputs.width(), outputs.height());
    }

    /** The outputs' size over the final frame's (1 at full size). */
    public double renderScale() {
        return (double) outputs.width() / finalFrame.width();
    }

    private void uploadSources() {
        for (int i = 0; i < SourceTextures.SOURCES; i++) {
            SourceFeed feed = link.feed(i);
            if (feed == null) continue;
            FrameRing ring = feed.frames();
            if (!ring.takeNewest()) continue;
            int w = ring.frontWidth(), h = ring.frontHeight();
            boolean smooth = feed.smooth();
            sources.upload(i, w, h, ring.front(), smooth);
            if (link.sourceShape(i) != RenderLink.shape(w, h, smooth)) link.sourceShape(i, w, h, smooth);
        }
    }

    /** Outputs ({@code w}×{@code h}, maybe scaled down) into the final frame ({@code fw}×{@code fh}). */
    private void composeFinal(int w, int h, int fw, int fh) {
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, finalFrame.fbo());
        int shown = scene.shown();
        if (shown == Scene.SHOW_ALL) {
            for (int i = 0; i < Scene.OUTPUTS; i++) { // as Hydra's render(): o0 o2 above, o1 o3 below
                int x = (i / 2) * fw / 2;
                int y = (i % 2 == 0 ? 1 : 0) * fh / 2;
                glBindFramebuffer(GL_READ_FRAMEBUFFER, outputs.front(i).fbo());
                glBlitFramebuffer(0, 0, w, h, x, y, x + fw / 2, y + fh / 2, GL_COLOR_BUFFER_BIT, GL_LINEAR);
            }
        } else {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, outputs.front(shown).fbo());
            glBlitFramebuffer(0, 0, w, h, 0, 0, fw, fh, GL_COLOR_BUFFER_BIT, w == fw && h == fh ? GL_NEAREST : GL_LINEAR);
        }
    }

    /** Copies the final frame into the window, scaled to fit and letterboxed in black. */
    public void presentToWindow(int windowWidth, int windowHeight) {
        presentTo(0, windowWidth, windowHeight);
    }

    /**
     * Copies the final frame into framebuffer {@code fbo} (0 = the window) of the given size,
     * scaled to fit with its aspect ratio kept, centred, black bars around.
     */
    public void presentTo(int fbo, int targetWidth, int targetHeight) {
        int fw = finalFrame.width();
        int fh = finalFrame.height();
        int w = targetWidth;
        int h = (int) Math.round((double) targetWidth * fh / fw);
        if (h > targetHeight) {
            h = targetHeight;
            w = (int) Math.round((double) targetHeight * fw / fh);
        }
        int x = (targetWidth - w) / 2;
        int y = (targetHeight - h) / 2;
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
        glViewport(0, 0, targetWidth, targetHeight);
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, finalFrame.fbo());
        glBlitFramebuffer(0, 0, fw, fh, x, y, x + w, y + h, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    }

    /** Reads the final frame as RGBA8, rows bottom-up, into {@code dst} (width × height × 4 bytes). */
    public void readFinal(ByteBuffer dst) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, finalFrame.fbo());
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, finalFrame.width(), finalFrame.height(), GL_RGBA, GL_UNSIGNED_BYTE, dst);
    }

    public Scene scene() {
        return scene;
    }

    /** The final frame's size (what the window and the recording get). */
    public int width() {
        return finalFrame.width();
    }

    public int height() {
        return finalFrame.height();
    }

    public SourceTextures sources() {
        return sources;
    }

    public RenderLink link() {
        return link;
    }

    public Framebuffer finalFrame() {
        return finalFrame;
    }

    /** Output {@code i}'s latest picture (o0..o3), for the performer's preview thumbnails. */
    public Framebuffer output(int i) {
        return outputs.front(i);
    }

    @Override
    public void close() {
        programs.values().forEach(ShaderProgram::close);
        programs.clear();
        trial.close();
        grabs.close();
        scaled.close();
        sources.close();
        finalFrame.close();
        glDeleteVertexArrays(vertexArray);
    }
}
