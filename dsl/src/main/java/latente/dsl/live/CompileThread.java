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
import latente.runtime.scene.Scene;

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
    /**
     * A scene for the render thread and the future its evaluation waits on (completed by the render
     * thread once drawn): {@code prepared} here, or, when this thread has no GL context,
     * {@code unprepared} for the render thread to compile and try itself.
     */
    record Ready(PreparedScene prepared, Scene unprepared, CompletableFuture<Void> done) {}

    private final Engine engine;
    private final SceneSwap swap;
    /** Null when the render thread could not make one ({@link #contextFailure} says why). */
    private final CompileGlContext context;
    private final String contextFailure;
    private final Thread renderThread;
    private final AtomicReference<Ready> ready = new AtomicReference<>();
    private volatile boolean running = true;
    private final Thread thread;

    /**
     * @param context        this thread's GL context, or null when it could not be made
     * @param contextFailure why there is no context (null when there is one)
     * @param renderThread   unparked when a scene is ready (headless pacing waits for it)
     */
    CompileThread(Engine engine, SceneSwap swap, CompileGlContext context, String contextFailure, Thread renderThread) {
        this.engine = engine;
        this.swap = swap;
        this.context = context;
        this.contextFailure = contextFailure;
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
            if (context == null) throw new IllegalStateException(contextFailure);
            context.makeCurrent();
        } catch (RuntimeException e) {
            passAll(e.getMessage());
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

    /**
     * Without a context of its own nothing can be compiled here: every scene offered until the
     * show stops goes to the render thread as it is, which compiles and tries it within the frame
     * budget as shows did before this thread existed. The show goes on; a new shader may pause it.
     */
    private void passAll(String why) {
        engine.report("shaders compile on the render thread: the compile thread has no GL context of its own (" + why
                + "); the show goes on, but a new shader may pause the picture");
        while (running) {
            SceneSwap.Offer offer = swap.poll();
            if (offer == null) {
                LockSupport.park(this);
                continue;
            }
            hand(new Ready(null, offer.scene(), offer.done()));
        }
        Ready left = take();
        if (left != null) left.done().completeExceptionally(new IllegalStateException("the show has stopped"));
    }

    /** Publishes {@code next} for the render thread (a newer one supersedes one not yet taken) and wakes it. */
    private void hand(Ready next) {
        Ready old = ready.getAndSet(next);
        if (old != null) old.done().completeExceptionally(new IllegalStateException("superseded by a newer evaluation"));
        LockSupport.unpark(renderThread);
    }

    private void prepare(ScenePreparer preparer, SceneSwap.Offer offer) {
        try {
            long size = engine.link().outputSize();
            PreparedScene scene = preparer.prepare(offer.scene(), engine.time(), (int) (size >>> 32), (int) size);
            hand(new Ready(scene, null, offer.done()));
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
