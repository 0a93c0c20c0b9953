package latente.dsl.live;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SceneSwap;
import latente.render.Renderer;
import latente.render.hud.ShowStats;
import latente.render.output.AdaptiveScale;
import latente.render.output.ScaledOutputs;
import latente.render.gl.GlfwWindowContext;
import latente.dsl.latent.LatentStream;
import latente.render.output.SourceTextures;
import latente.render.stage.PreviewWindow;
import latente.render.stage.StageKeys;
import latente.render.stage.WindowPresenter;
import latente.render.gl.GlContext;
import latente.render.gl.ShaderWork;
import latente.render.gl.CompileGlContext;

/**
 * The render thread: owns the GL context. Each frame it takes a scene the {@link CompileThread}
 * has prepared (compiled, linked, drawn once and proven affordable in a context of its own),
 * installs it (building its programs again here, from the driver's shader cache) and answers the
 * evaluating thread, draws, lets the {@link FrameListener}s see the frame, presents it to the
 * window and swaps. It never tries a shader out and never waits for the REPL, an evaluation, the
 * compile thread, the disk or the network; headless it paces itself to {@code maxFps}.
 *
 * <p>Thread contract: {@link #start} and {@link #stop} from any thread; everything else of GL
 * happens on the thread this class starts (and on the compile thread it starts, in its own
 * context). {@link #frames()} and {@link #worstFrameCpuNanos()} may be read from anywhere.
 */
public final class RenderLoop {
    private final Engine engine;
    private final SceneSwap swap;
    private final Supplier<GlContext> contextFactory;
    private final int width;
    private final int height;
    private final long frameNanos;
    private final double targetFps;
    /** The figures the HUD shows (and {@code bench show} reads). */
    private final ShowStats stats = new ShowStats();
    /** Chooses the render scale while the set leaves it adaptive (render thread). */
    private final AdaptiveScale adaptive;
    private long lastFrameStart;
    private long parkedNanos;
    private double appliedScale = -1;
    /** Copied on write so the render thread loops over a plain array (no iterator per frame). */
    private volatile FrameListener[] listeners = new FrameListener[0];
    /** Letterbox, preview HUD and swap, window only (render thread). */
    private WindowPresenter presenter;
    /** Whether a window show opens the performer's preview window beside the program window. */
    private volatile boolean previewWindow;
    /** Display for the fullscreen key (-1: primary). */
    private volatile int monitor = -1;
    private int audioEnergySlot = -1;
    private long keyframesAtMark, markNanos;
    private double keyframesPerSecond = Double.NaN;
    /** The render thread's own CPU time in its costliest frame since {@link #resetWorstFrameCpu}. */
    private final AtomicLong worstFrameCpu = new AtomicLong();
    private final ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
    private CompileThread compiler;
    private CompileGlContext compileContext;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean windowClosed;
    private volatile long frames;
    private volatile String description = "";
    private volatile Throwable startFailure;
    private Thread thread;

    /** @param maxFps frame cap when headless (a window is paced by its vsync) */
    public RenderLoop(Engine engine, SceneSwap swap, Supplier<GlContext> contextFactory, int width, int height, double maxFps) {
        this.engine = engine;
        this.swap = swap;
        this.contextFactory = contextFactory;
        this.width = width;
        this.height = height;
        this.frameNanos = (long) (1e9 / maxFps);
        this.targetFps = maxFps;
        this.adaptive = new AdaptiveScale(maxFps, ScaledOutputs.SCALES.length);
    }

    /** The live figures (fps, frame time, render scale, model keyframes/s, dropped frames). */
    public ShowStats stats() {
        return stats;
    }

    /** The frame rate the adaptive render scale tries to hold. */
    public double targetFps() {
        return targetFps;
    }

    /** Starts the thread and waits until its GL context exists; rethrows a context failure. */
    public void start() throws Exception {
        thread = new Thread(this::run, "latente-render");
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
        ready.await();
        Throwable failure = startFailure;
        if (failure instanceof Exception e) throw e;
        if (failure != null) throw new IllegalStateException(failure);
    }

    private void run() {
        GlContext context;
        Renderer renderer;
        try {
            ShaderWork.markStageThread();
            context = contextFactory.get();
            renderer = new Renderer(engine.bus(), engine.link(), width, height);
            String noCompileContext = null;
            try {
                compileContext = context.compileContext();
            } catch (RuntimeException e) {
                noCompileContext = e.getMessage(); // the compile thread hands scenes over unprepared and says so
            }
            compiler = new CompileThread(engine, swap, compileContext, noCompileContext, Thread.currentThread());
            compiler.start();
            if (context instanceof GlfwWindowContext window) {
                PreviewWindow preview = previewWindow ? PreviewWindow.open(window, 960, 600) : null;
                presenter = new WindowPresenter(window, engine.bus(), preview, monitor);
                presenter.keys(new StageKeys(new LiveStageActions(engine, presenter)));
                presenter.hud().stats(stats);
            }
            stats.scale(1, width, height);
            description = context.description();
        } catch (Throwable t) {
            startFailure = t;
            stopCompiler();
            ready.countDown();
            stopped.countDown();
            return;
        }
        ready.countDown();
        try {
            loop(context, renderer);
        } finally {
            stopCompiler();
            SceneSwap.Offer left = swap.poll();
            if (left != null) left.done().completeExceptionally(new IllegalStateException("the show has stopped"));
            for (FrameListener l : listeners) {
                try {
                    l.onStop(renderer);
                } catch (RuntimeException e) {
                    engine.report("frame listener failed while stopping: " + e);
                }
            }
            if (presenter != null) presenter.close();
            engine.link().closeAll();
            renderer.close();
            context.close();
            stopped.countDown();
        }
    }

    /**
     * Ends the compile thread, then (here, where GLFW wants it) closes its context. A compile
     * thread stuck in the driver keeps its context: closing it under that thread would crash.
     */
    private void stopCompiler() {
        if (compiler != null) {
            try {
                if (!compiler.stop()) return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            CompileThread.Ready left = compiler.take();
            if (left != null) left.done().completeExceptionally(new IllegalStateException("the show has stopped"));
        }
        if (compileContext != null) compileContext.close();
    }

    private void loop(GlContext context, Renderer renderer) {
        long next = System.nanoTime();
        boolean drawFailed = false;
        while (running) {
            long cpuStart = threadCpu.getCurrentThreadCpuTime();
            CompileThread.Ready taken = compiler.take();
            if (taken != null) {
                try {
                    if (taken.prepared() != null) {
                        renderer.install(taken.prepared());
                    } else {
                        renderer.frameBudget(Renderer.liveFrameBudgetMillis());
                        renderer.apply(taken.unprepared());
                    }
                    taken.done().complete(null);
                } catch (Throwable t) {
                    taken.done().completeExceptionally(t);
                }
            }
            try {
                long drawStart = System.nanoTime();
                if (lastFrameStart != 0) {
                    long interval = drawStart - lastFrameStart;
                    stats.frame(interval, interval - parkedNanos);
                    chooseScale(renderer, interval, interval - parkedNanos);
                }
                lastFrameStart = drawStart;
                parkedNanos = 0;
                renderer.drawFrame(engine.time());
                long n = frames + 1;
                FrameListener[] ls = listeners;
                for (int i = 0; i < ls.length; i++) notify(ls[i], renderer, context, n);
                if (context.hasWindow()) {
                    // The HUD goes into the window only, after the final frame was copied there:
                    // it never reaches the audience output's recording or readback.
                    if (presenter != null) {
                        presenter.hud().error(engine.lastError());
                        feedStageLine();
                        presenter.present(renderer, drawStart, engine.bpm(), engine.beat());
                    } else {
                        renderer.presentToWindow(context.windowWidth(), context.windowHeight());
                        context.swapBuffers();
                    }
                    if (!context.pollEvents()) {
                        windowClosed = true;
                        running = false;
                    }
                }
                frames = n;
                drawFailed = false;
            } catch (RuntimeException e) {
                if (!drawFailed) engine.report("render: " + e.getMessage() + " (still running)");
                drawFailed = true;
            }
            worstFrameCpu.accumulateAndGet(threadCpu.getCurrentThreadCpuTime() - cpuStart, Math::max);
            if (!context.hasWindow()) next = pace(next);
        }
    }

    /** The HUD's stage line: scene, bar, REC, blackout, audio level, model keyframes/s. Allocation-free. */
    private void feedStageLine() {
        if (audioEnergySlot < 0) audioEnergySlot = engine.bus().slot("audio:energy");
        long made = 0;
        boolean streams = false;
        for (int i = 0; i < SourceTextures.SOURCES; i++) {
            if (engine.link().feed(i) instanceof LatentStream s) {
                made += s.keyframes();
                streams = true;
            }
        }
        long now = System.nanoTime();
        if (!streams) {
            keyframesPerSecond = Double.NaN;
        } else if (now - markNanos >= 1_000_000_000L) {
            // Counted over whole seconds: a per-frame rate of a few keyframes/s would only flicker.
            keyframesPerSecond = markNanos == 0 ? 0 : (made - keyframesAtMark) * 1e9 / (now - markNanos);
            keyframesAtMark = made;
            markNanos = now;
        }
        presenter.hud().stage(engine.currentScene(), engine.bar(), engine.recording().recording(),
                presenter.blackout(), engine.bus().get(audioEnergySlot), keyframesPerSecond);
    }

    /** Opens the performer's preview window beside the program window (call before {@link #start}). */
    public void previewWindow(boolean open, int fullscreenMonitor) {
        previewWindow = open;
        monitor = fullscreenMonitor;
    }

    /** The stage presenter (window shows only, after {@link #start}; null headless). Tests press keys through it. */
    public WindowPresenter presenter() {
        return presenter;
    }

    /**
     * The outputs' scale for the next frame: fixed when the set or the command line pinned it,
     * else one step of {@link AdaptiveScale} from the last frame's time. A change costs one blit
     * (and the first visit of a step its buffers); frames in between allocate nothing.
     */
    private void chooseScale(Renderer renderer, long intervalNanos, long busyNanos) {
        double pinned = engine.link().renderScale();
        boolean changed;
        if (Double.isNaN(pinned)) {
            changed = renderer.renderStep(adaptive.frame(intervalNanos / 1e9, busyNanos / 1e9));
        } else if (pinned != appliedScale) {
            renderer.pinRenderSize(Math.max(2, (int) Math.round(renderer.width() * pinned / 2) * 2),
                    Math.max(2, (int) Math.round(renderer.height() * pinned / 2) * 2));
            changed = true;
        } else {
            changed = false;
        }
        appliedScale = pinned;
        if (changed) stats.scale(renderer.renderScale(), (int) (engine.link().outputSize() >>> 32), (int) engine.link().outputSize());
    }

    /**
     * Headless pacing: waits for the next frame slot, or less when the compile thread has a scene
     * ready (it unparks this thread). Returns the following slot.
     */
    private long pace(long next) {
        next += frameNanos;
        long wait;
        long parkStart = System.nanoTime();
        while ((wait = next - System.nanoTime()) > 0 && !compiler.hasReady()) LockSupport.parkNanos(wait);
        parkedNanos = System.nanoTime() - parkStart;
        if (wait < -frameNanos) next = System.nanoTime(); // fell behind: do not sprint to catch up
        return next;
    }

    private void notify(FrameListener l, Renderer renderer, GlContext context, long n) {
        try {
            l.afterDraw(renderer, context, n);
        } catch (RuntimeException e) {
            removeListener(l);
            engine.report("frame listener removed after an error: " + e);
        }
    }

    public synchronized void addListener(FrameListener l) {
        List<FrameListener> next = new ArrayList<>(Arrays.asList(listeners));
        next.add(l);
        listeners = next.toArray(new FrameListener[0]);
    }

    public synchronized void removeListener(FrameListener l) {
        List<FrameListener> next = new ArrayList<>(Arrays.asList(listeners));
        next.remove(l);
        listeners = next.toArray(new FrameListener[0]);
    }

    /** Frames drawn so far. */
    public long frames() {
        return frames;
    }

    /**
     * The render thread's own CPU time, in nanoseconds, in its costliest frame (taking a scene,
     * drawing, frame listeners, presenting; not its pacing) since the last reset. Unlike wall time
     * it does not grow when a busy machine makes the thread wait for a core, so it tells whether
     * the thread itself did something slow (such as compiling a shader) whatever the load.
     */
    public long worstFrameCpuNanos() {
        return worstFrameCpu.get();
    }

    /** Starts a new {@link #worstFrameCpuNanos} measurement. */
    public void resetWorstFrameCpu() {
        worstFrameCpu.set(0);
    }

    /** The GL context in words ("EGL surfaceless, OpenGL 4.5 ..., llvmpipe"). */
    public String description() {
        return description;
    }

    /** True once the audience window was closed by the user. */
    public boolean windowClosed() {
        return windowClosed;
    }

    /** Waits up to {@code millis} for the loop to end (window closed or {@link #stop}). */
    public boolean awaitStopped(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) thread.join(10_000);
    }
}
