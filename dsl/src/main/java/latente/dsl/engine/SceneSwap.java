package latente.dsl.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import latente.runtime.scene.Scene;

/**
 * The hand-over of a new scene from the eval thread to the show. The eval thread offers a scene
 * and waits on the returned future; live, the compile thread polls it, compiles the scene's
 * shaders, and fails the future with the compile error or passes the scene on to the render
 * thread, which completes the future once it draws the scene. A newer offer replaces an older one
 * that has not been taken yet (the older future fails with "superseded"). Nobody blocks here.
 */
public final class SceneSwap {
    /** A scene waiting for the render thread, with the future its sender waits on. */
    public record Offer(Scene scene, CompletableFuture<Void> done) {}

    private final AtomicReference<Offer> pending = new AtomicReference<>();
    private volatile Runnable wake = () -> {};

    /** Called after each offer: the live show uses it to wake its compile thread. */
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
     * Takes back an offer nobody has picked up yet (the sender gave up waiting).
     * Returns false when it was already taken: its verdict will still come.
     */
    public boolean withdraw(CompletableFuture<Void> done) {
        Offer current = pending.get();
        return current != null && current.done() == done && pending.compareAndSet(current, null);
    }

    /** True when a scene waits to be taken (no allocation). */
    public boolean hasOffer() {
        return pending.get() != null;
    }

    /** The newest offer, or null (no allocation when nothing is pending). */
    public Offer poll() {
        return pending.getAndSet(null);
    }
}
