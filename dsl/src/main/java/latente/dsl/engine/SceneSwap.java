package latente.dsl.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import latente.runtime.scene.Scene;

/**
 * The hand-over of a new scene from the eval thread to the render thread. The eval thread
 * offers a scene and waits on the returned future; the render thread polls once per frame,
 * compiles the scene's shaders, and completes the future with success or the compile error.
 * A newer offer replaces an older one that the render thread has not taken yet (the older
 * future fails with "superseded"). The render thread never blocks here.
 */
public final class SceneSwap {
    /** A scene waiting for the render thread, with the future its sender waits on. */
    public record Offer(Scene scene, CompletableFuture<Void> done) {}

    private final AtomicReference<Offer> pending = new AtomicReference<>();
    private volatile Runnable wake = () -> {};

    /** Called after each offer: the render loop uses it to stop waiting for its next frame slot. */
    public void onOffer(Runnable wake) {
        this.wake = wake;
    }

    public CompletableFuture<Void> offer(Scene scene) {
        Offer offer = new Offer(scene, new CompletableFuture<>());
        Offer old = pending.getAndSet(offer);
        if (old != null) old.done().completeExceptionally(new IllegalStateException("superseded by a newer evaluation"));
        wake.run();
        return offer.done();
    }

    /**
     * Takes back an offer the render thread has not picked up yet (the sender gave up waiting).
     * Returns false when the render thread already took it: its verdict will still come.
     */
    public boolean withdraw(CompletableFuture<Void> done) {
        Offer current = pending.get();
        return current != null && current.done() == done && pending.compareAndSet(current, null);
    }

    /** True when a scene waits for the render thread (no allocation). */
    public boolean hasOffer() {
        return pending.get() != null;
    }

    /** Render thread: the newest offer, or null (no allocation when nothing is pending). */
    public Offer poll() {
        return pending.getAndSet(null);
    }
}
