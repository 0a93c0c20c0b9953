package latente.render;

import static latente.render.Chains.chain;
import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicReference;
import latente.render.gl.ShaderWork;
import latente.render.gl.SharedGlContext;
import latente.render.glsl.ChainCompileException;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.Test;

/**
 * A live show's split: a scene is prepared (compiled, linked, drawn once, cost-trialled) on
 * another thread in a context sharing programs with the render thread's, and the render thread
 * only installs it: the pixels are the scene's, the build and the trial draws happened on the
 * preparing thread, and a refused scene never reaches the renderer.
 */
class SharedContextPreparationTest {
    @Test
    void aSceneMadeOnAnotherThreadInASharedContextDrawsOnTheRenderThread() throws Exception {
        try (HeadlessGl gl = new HeadlessGl(64, 36)) {
            gl.show(chain("solid", 0, 0, 1));
            SharedGlContext shared = gl.context.shared();
            AtomicReference<PreparedScene> made = new AtomicReference<>();
            AtomicReference<Throwable> refused = new AtomicReference<>();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            long[] work = new long[2];
            Thread compile = new Thread(() -> {
                shared.makeCurrent();
                ScenePreparer preparer = new ScenePreparer(gl.bus);
                try {
                    preparer.frameBudget(Renderer.liveFrameBudgetMillis());
                    long builds = ShaderWork.builds(), trials = ShaderWork.trialDraws();
                    made.set(prepare(preparer, Scene.empty().withOutput(0, chain("solid", 1, 0, 0))));
                    work[0] = ShaderWork.builds() - builds;
                    work[1] = ShaderWork.trialDraws() - trials;
                    try {
                        preparer.prepare(Scene.empty().withOutput(0, Chains.then(chain("solid", 0, 1, 0), "nonsense")), 0, 64, 36);
                    } catch (ChainCompileException e) {
                        refused.set(e);
                    }
                } finally {
                    preparer.retireAllBut(made.get());
                    shared.release();
                }
            }, "test-compile");
            compile.setUncaughtExceptionHandler((t, e) -> failed.set(e));
            compile.start();
            compile.join();
            assertNull(failed.get(), () -> "the preparing thread failed: " + failed.get());
            assertEquals(1, work[0], "the new program was built on the preparing thread");
            assertTrue(work[1] > 0, "and drawn there to measure it");
            assertNotNull(refused.get(), "an unknown function is refused where the scene is prepared");

            gl.frame(0);
            assertEquals(255, gl.at(32, 18, 2), "until installed, the previous scene draws");
            long builds = ShaderWork.builds(), trials = ShaderWork.trialDraws();
            gl.renderer.install(made.get());
            gl.frame(0);
            assertEquals(255, gl.at(32, 18, 0), "the prepared scene draws with the program linked in the other context");
            assertEquals(0, gl.at(32, 18, 2));
            assertEquals(builds, ShaderWork.builds(), "installing builds nothing");
            assertEquals(trials, ShaderWork.trialDraws(), "installing tries nothing");
            shared.close();
        }
    }

    private static PreparedScene prepare(ScenePreparer preparer, Scene scene) {
        try {
            return preparer.prepare(scene, 0, 64, 36);
        } catch (ChainCompileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
