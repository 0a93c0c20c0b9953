package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import latente.render.gl.CompileGlContext;
import latente.render.gl.DriverCacheWriter;
import latente.render.gl.ShaderWork;
import latente.render.glsl.ChainCompileException;
import latente.render.source.FrameRing;
import latente.render.source.SourceFeed;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.Test;

/**
 * A live show's split: a scene is prepared (compiled, linked, drawn, cost-trialled) on another
 * thread in a context that shares nothing with the render thread's, and the render thread then
 * builds the same shader from the driver's shader cache: the pixels are the scene's, the trial
 * draws happened on the preparing thread only, a refused scene never reaches the renderer, and
 * the render thread's build added nothing to Mesa's disk cache (render/pom.xml points it at
 * target/mesa-shader-cache): the code the driver made for the trial, in the stage's texture
 * shapes, is the code the stage runs.
 */
class CompileContextPreparationTest {
    @Test
    void aScenePreparedInTheCompileContextIsBuiltFromTheDriversCacheOnTheRenderThread() throws Exception {
        String cacheDir = System.getenv("MESA_SHADER_CACHE_DIR");
        assertNotNull(cacheDir, "run through Maven: render/pom.xml sets MESA_SHADER_CACHE_DIR for the tests");
        Path cache = Path.of(cacheDir);
        try (HeadlessGl gl = new HeadlessGl(64, 36)) {
            gl.show(chain("solid", 0, 0, 1));
            SmoothFeed feed = new SmoothFeed();
            gl.link.feed(1, feed);
            feed.show(64, 64); // linear filtering, sides a power of two: a shape unlike the outputs' or an empty source's
            gl.frame(0);
            // A constant no earlier run compiled, so the cache cannot already hold this shader.
            double unique = (System.nanoTime() % 1_000_000) / 1e9;
            Chain sampled = then(chain("src", new Arg.SourceRef(1)), "blend", chain("src", new Arg.OutputRef(0)), 0.5);
            Scene next = Scene.empty().withOutput(0, then(chain("solid", 1, 0, 0), "add", sampled, unique));

            CompileGlContext compile = gl.context.compileContext();
            AtomicReference<PreparedScene> made = new AtomicReference<>();
            AtomicReference<Throwable> refused = new AtomicReference<>();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            long[] work = new long[2];
            long filesBefore = files(cache);
            Thread thread = new Thread(() -> {
                compile.makeCurrent();
                try (ScenePreparer preparer = new ScenePreparer(gl.bus, gl.link)) {
                    preparer.frameBudget(Renderer.liveFrameBudgetMillis());
                    long builds = ShaderWork.builds(), trials = ShaderWork.trialDraws();
                    made.set(preparer.prepare(next, 0, 64, 36));
                    work[0] = ShaderWork.builds() - builds;
                    work[1] = ShaderWork.trialDraws() - trials;
                    try {
                        preparer.prepare(Scene.empty().withOutput(0, then(chain("solid", 0, 1, 0), "nonsense")), 0, 64, 36);
                    } catch (ChainCompileException e) {
                        refused.set(e);
                    }
                } catch (ChainCompileException e) {
                    failed.set(e);
                } finally {
                    compile.release();
                }
            }, "test-compile");
            thread.setUncaughtExceptionHandler((t, e) -> failed.set(e));
            thread.start();
            thread.join();
            compile.close();
            assertNull(failed.get(), () -> "the preparing thread failed: " + failed.get());
            assertEquals(1, work[0], "the new program was built on the preparing thread");
            assertTrue(work[1] > 0, "and drawn there to measure it");
            assertNotNull(refused.get(), "an unknown function is refused where the scene is prepared");
            long filesPrepared = files(cache);
            assertTrue(filesPrepared > filesBefore, "the trial filled the driver's shader cache: " + filesBefore + " files before, "
                    + filesPrepared + " after");

            gl.frame(0);
            assertEquals(255, gl.at(32, 18, 2), "until installed, the previous scene draws");
            long builds = ShaderWork.builds(), trials = ShaderWork.trialDraws();
            gl.renderer.install(made.get());
            gl.frame(0);
            assertEquals(255, gl.at(32, 18, 0), "the prepared scene draws");
            assertEquals(builds + 1, ShaderWork.builds(), "the render thread builds the program in its own context");
            assertEquals(trials, ShaderWork.trialDraws(), "installing tries nothing");
            assertTrue(DriverCacheWriter.awaitIdle(60_000), "the driver's cache writer went idle");
            assertEquals(filesPrepared, files(cache), "the render thread's build and first draw found everything in the cache");
        }
    }

    private static long files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    /** A source of one flat colour, sampled smoothly (as a model frame is). */
    static final class SmoothFeed implements SourceFeed {
        final FrameRing ring = new FrameRing();

        void show(int width, int height) {
            ByteBuffer b = ring.beginWrite(width, height);
            for (int i = 0; i < width * height; i++) b.put((byte) 40).put((byte) 80).put((byte) 120).put((byte) 255);
            ring.publish();
        }

        @Override
        public FrameRing frames() {
            return ring;
        }

        @Override
        public boolean smooth() {
            return true;
        }

        @Override
        public String description() {
            return "flat colour";
        }

        @Override
        public void close() {}
    }
}
