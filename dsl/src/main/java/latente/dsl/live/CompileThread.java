package latente.dsl.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SceneSwap;
import latente.render.PreparedScene;
import latente.render.Renderer;
import latente.render.ScenePreparer;
import latente.render.gl.CompileGlContext;

/**
 * The compile thread ({@code latente-compile}): takes each scene an evaluation offers through the
 * {@link SceneSwap}, and in a GL context of its own (sharing nothing with the stage's) compiles
 * and links the scene's shaders, draws each new one once and proves the scene affordable
 * ({@link ScenePreparer}). A scene that passes is handed to the render thread, whose own build of
 * the same shaders the driver's shader cache then answers; one that fails answers the evaluation
 * with the message and never reaches the render thread.
 *
 * <p>Why a thread of its own: linking a program and its first draw take from tens to hundreds of
 * milliseconds on a CPU rasteriser (a 100-function chain: about 400 ms), and the render thread
 * must never spend that inside a frame.
 *
 * <p>Thread contract. The render thread creates it ({@link #start}, after making the compile
 * context) and stops it; the hand-over is one atomic reference: the compile thread publishes a
 * {@link Ready} and unparks the render thread, which {@link #take}s it at the top of a frame
 * without waiting or allocating, installs it and answers the evaluation. No GL object crosses
 * between the two contexts, so each thread closes its programs when it likes.
 */
final class CompileThread {
    /** A prepared scene and the future its evaluation waits on (completed by the render thread once drawn). */
    record Ready(PreparedScene scene, CompletableFuture<Void> done) {}

    private final Engine engine;
    private final SceneSwap swap;
    private final CompileGlContext context;
    private final Thread renderThread;
    private final AtomicReference<Ready> ready = new AtomicReference<>();
    private volatile boolean running = true;
    private final Thread thread;

    /** @param renderThread unparked when a scene is ready (headless pacing waits for it) */
    CompileThread(Engine engine, SceneSwap swap, CompileGlContext context, Thread renderThread) {
        this.engine = engine;
        this.swap = swap;
        this.context = context;
        this.renderThread = renderThread;
        this.thread = new Thread(this::run, "latente-compile");
        thread.setDaemon(true);
    }

    /** Starts the thread; offers to the swap wake it from then on. */
    void start() {
        swap.onOffer(() -> LockSupport.unpark(thread));
        thread.start();
    }

    /** Render thread: the newest prepared scene, or null. Allocation-free. */
    Ready take() {
        return ready.getAndSet(null);
    }

    /** True when a prepared scene waits for the render thread. */
    boolean hasReady() {
        return ready.get() != null;
    }

    private void run() {
        try {
            context.makeCurrent();
        } catch (RuntimeException e) {
            refuseAll("the shader compile thread has no GL context (" + e.getMessage() + "); the previous scene keeps running");
            return;
        }
        ScenePreparer preparer = new ScenePreparer(engine.bus(), engine.link());
        try {
            preparer.frameBudget(Renderer.liveFrameBudgetMillis());
            while (running) {
                SceneSwap.Offer offer = swap.poll();
                if (offer == null) {
                    LockSupport.park(this);
                    continue;
                }
                prepare(preparer, offer);
            }
        } finally {
            Ready left = take();
            if (left != null) left.done().completeExceptionally(new IllegalStateException("the show has stopped"));
            preparer.close();
            context.release();
        }
    }

    /** Without a context nothing can be compiled: every scene offered until the show stops gets {@code why}. */
    private void refuseAll(String why) {
        engine.report(why);
        while (running) {
            SceneSwap.Offer offer = swap.poll();
            if (offer == null) LockSupport.park(this);
            else offer.done().completeExceptionally(new IllegalStateException(why));
        }
    }

    private void prepare(ScenePreparer preparer, SceneSwap.Offer offer) {
        try {
            long size = engine.link().outputSize();
            PreparedScene scene = preparer.prepare(offer.scene(), engine.time(), (int) (size >>> 32), (int) size);
            Ready old = ready.getAndSet(new Ready(scene, offer.done()));
            if (old != null) old.done().completeExceptionally(new IllegalStateException("superseded by a newer evaluation"));
            LockSupport.unpark(renderThread);
        } catch (Throwable t) {
            offer.done().completeExceptionally(t);
        }
    }

    /**
     * Any thread: ends the thread and waits up to 10 s for it (it closes its programs and releases
     * its context); false when it is still running (stuck in the driver).
     */
    boolean stop() throws InterruptedException {
        running = false;
        LockSupport.unpark(thread);
        thread.join(10_000);
        return !thread.isAlive();
    }
}
