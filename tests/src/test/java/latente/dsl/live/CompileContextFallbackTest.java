package latente.dsl.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import latente.bench.live.PixelProbe;
import latente.dsl.engine.Engine;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import latente.render.gl.CompileGlContext;
import latente.render.gl.EglHeadlessContext;
import latente.render.gl.GlContext;
import org.junit.jupiter.api.Test;

/**
 * A driver that will not give the compile thread a second context (one could refuse: a remote X
 * display, a driver out of contexts) must not stop the show: the render thread compiles and tries
 * new shaders itself, as shows did before the compile thread, and the performer is told once.
 * The seam is the context: Mesa here always gives a second one, so the test's context refuses.
 */
class CompileContextFallbackTest {
    @Test
    void withoutASecondContextTheRenderThreadCompilesAndThePerformerIsTold() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        Engine engine = Shows.engine(new PrintStream(said, true, StandardCharsets.UTF_8));
        try (LiveShow show = LiveShow.start(engine, LiveShow.Settings.headless(64, 64, 60), NoSecondContext::new)) {
            PixelProbe probe = new PixelProbe(32, 32);
            show.render().addListener(probe);
            assertTrue(engine.evaluateBlock("solid(1, 0, 0).out(o0)", "repl").ok());
            probe.expect(0xff0000, 2);
            Await.until(() -> probe.seenNanos() != 0, () -> String.format("the picture is %06x, not red", probe.last()));
            assertTrue(engine.evaluateBlock("solid(0, 0, 1).out(o0)", "repl").ok());
            probe.expect(0x0000ff, 2);
            Await.until(() -> probe.seenNanos() != 0, () -> String.format("the picture is %06x, not blue", probe.last()));
            String text = said.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("shaders compile on the render thread: the compile thread has no GL context of its own "
                    + "(this driver gives no second context); the show goes on, but a new shader may pause the picture"), text);
            assertEquals(text.indexOf("shaders compile on the render thread"), text.lastIndexOf("shaders compile on the render thread"),
                    "said once: " + text);
        }
    }

    /** The headless context, except that it refuses the compile thread's. */
    static final class NoSecondContext implements GlContext {
        private final EglHeadlessContext stage = EglHeadlessContext.create();

        @Override
        public String description() {
            return stage.description();
        }

        @Override
        public boolean hasWindow() {
            return false;
        }

        @Override
        public int windowWidth() {
            return 0;
        }

        @Override
        public int windowHeight() {
            return 0;
        }

        @Override
        public void swapBuffers() {}

        @Override
        public boolean pollEvents() {
            return true;
        }

        @Override
        public CompileGlContext compileContext() {
            throw new IllegalStateException("this driver gives no second context");
        }

        @Override
        public void close() {
            stage.close();
        }
    }
}
