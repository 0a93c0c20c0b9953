package latente.dsl.live;

import java.util.function.Supplier;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SceneSwap;
import latente.render.gl.EglHeadlessContext;
import latente.render.gl.GlContext;
import latente.render.gl.GlfwWindowContext;

/**
 * A running show: an {@link Engine} switched to live installation, its render thread (window or
 * headless) and its control thread. Evaluations may come from any thread (REPL, eval port, file
 * watcher); they reach the render thread only through the {@link SceneSwap}.
 */
public final class LiveShow implements AutoCloseable {
    /** How long an evaluation waits for the render thread to take a new scene. */
    public static final long INSTALL_TIMEOUT_MILLIS = 5_000;
    /** The share of wall time each model worker may compute when OpenGL runs on the CPU. */
    public static final double SOFTWARE_GL_MODEL_BUDGET = 0.5;

    /**
     * @param window false for headless (EGL, no display needed)
     * @param fps    frame cap when headless
     */
    /**
     * @param monitor fullscreen display of the program window (-1: windowed; the fullscreen key then uses the primary)
     * @param preview open the performer's preview window (HUD, outputs) beside the program window
     */
    public record Settings(boolean window, int width, int height, double fps, String title, int monitor, boolean vsync,
                           boolean preview) {
        public static Settings headless(int width, int height, double fps) {
            return new Settings(false, width, height, fps, "latente", -1, false, false);
        }
    }

    private final Engine engine;
    private final SceneSwap swap = new SceneSwap();
    private final RenderLoop render;
    private final ControlThread control;
    private LiveInstaller installer;
    private StatsSampler sampler;

    private LiveShow(Engine engine, Settings s, Supplier<GlContext> context) {
        this.engine = engine;
        this.render = new RenderLoop(engine, swap, context, s.width(), s.height(), s.fps());
        render.previewWindow(s.window() && s.preview(), s.monitor());
        this.control = new ControlThread(engine, ControlThread.DEFAULT_RATE_HZ);
    }

    /** Opens the context, starts both threads and makes {@code engine} install live. */
    public static LiveShow start(Engine engine, Settings settings) throws Exception {
        Supplier<GlContext> context = settings.window()
                ? () -> GlfwWindowContext.create(settings.title(), settings.width(), settings.height(), settings.monitor(), settings.vsync())
                : EglHeadlessContext::create;
        return start(engine, settings, context);
    }

    /** As {@link #start(Engine, Settings)} with the GL context {@code context} makes (tests: a driver that refuses a second context). */
    static LiveShow start(Engine engine, Settings settings, Supplier<GlContext> context) throws Exception {
        LiveShow show = new LiveShow(engine, settings, context);
        show.render.start();
        String gl = show.render.description().toLowerCase(java.util.Locale.ROOT);
        if (gl.contains("llvmpipe") || gl.contains("softpipe") || gl.contains("swrast")) {
            // Software GL draws on the same cores as the model: the model gets half of its wall time.
            engine.latents().cpuBudget(SOFTWARE_GL_MODEL_BUDGET);
        }
        show.sampler = new StatsSampler(engine, show.render.stats());
        show.installer = new LiveInstaller(show.swap, INSTALL_TIMEOUT_MILLIS);
        engine.live(show.installer);
        show.control.start();
        return show;
    }

    public Engine engine() {
        return engine;
    }

    /** The installer the engine uses (offer to the render thread, wait for its verdict). */
    public LiveInstaller installer() {
        return installer;
    }

    public RenderLoop render() {
        return render;
    }

    public ControlThread control() {
        return control;
    }

    /** Frames drawn so far (the render thread's counter). */
    public long frames() {
        return render.frames();
    }

    @Override
    public void close() throws InterruptedException {
        if (sampler != null) sampler.close();
        control.stop();
        render.stop();
        engine.closeInputs();
        engine.latents().close();
    }
}
