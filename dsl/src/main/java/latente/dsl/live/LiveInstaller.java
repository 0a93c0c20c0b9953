package latente.dsl.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import latente.dsl.engine.SceneInstaller;
import latente.dsl.engine.SceneSwap;
import latente.runtime.scene.Scene;

/**
 * Live installation of a scene: offers it to the show through {@link SceneSwap} and waits for
 * the verdict (its shaders compiled on the compile thread and it is drawn from this frame on, or
 * the compile error). Runs on the evaluating thread; neither the compile thread nor the render
 * thread ever waits for it.
 *
 * <p>If the compile thread does not take the scene within the timeout (a stalled driver), the
 * offer is withdrawn and the evaluation fails, so the engine never believes in a scene that is not drawn.
 */
public final class LiveInstaller implements SceneInstaller {
    private final SceneSwap swap;
    private final long timeoutMillis;

    public LiveInstaller(SceneSwap swap, long timeoutMillis) {
        this.swap = swap;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void install(Scene scene) throws Exception {
        CompletableFuture<Void> verdict = swap.offer(scene);
        try {
            try {
                verdict.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (swap.withdraw(verdict)) {
                    throw new Exception("the shader compile thread did not take the new scene within " + timeoutMillis
                            + " ms; the previous scene keeps running");
                }
                verdict.get(timeoutMillis, TimeUnit.MILLISECONDS); // taken: it is compiling now
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new Exception(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (TimeoutException e) {
            throw new Exception("the new scene is still compiling after " + 2 * timeoutMillis + " ms");
        }
    }
}
