package latente.dsl.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import latente.bench.live.PixelProbe;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live loop, headless: scenes reach the picture through the render thread, a shader error
 * keeps the old picture, and endless loops (in an evaluation, in a per-frame closure) are stopped
 * while the render thread keeps drawing frames.
 */
class LiveShowTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Engine engine;
    private LiveShow show;
    private PixelProbe probe;

    @BeforeEach
    void start() throws Exception {
        engine = Shows.engine(new PrintStream(log, true, StandardCharsets.UTF_8));
        show = LiveShow.start(engine, LiveShow.Settings.headless(64, 64, 60));
        probe = new PixelProbe(32, 32);
        show.render().addListener(probe);
    }

    @AfterEach
    void stop() throws Exception {
        show.close();
    }

    private void waitFor(int rgb) throws InterruptedException {
        probe.expect(rgb, 2);
        long until = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (probe.seenNanos() == 0 && System.nanoTime() < until) Thread.sleep(5);
        assertEquals(String.format("%06x", rgb), String.format("%06x", probe.last()));
    }

    @Test
    void anEvaluatedBlockShowsUpInThePicture() throws Exception {
        assertTrue(engine.evaluateBlock("solid(1, 0, 0).out(o0)", "repl").ok());
        waitFor(0xff0000);
        assertTrue(engine.evaluateBlock("solid(0, 0, 1).out(o1)\nrender(o1)", "repl").ok());
        waitFor(0x0000ff);
    }

    @Test
    void aScriptErrorKeepsThePictureRunning() throws Exception {
        assertTrue(engine.evaluateBlock("solid(0, 1, 0).out(o0)", "repl").ok());
        waitFor(0x00ff00);
        EvalResult bad = engine.evaluateBlock("solid(1, 0, 0).out(o0)\nsolid(1, 1, 1).out(o9)", "repl");
        assertFalse(bad.ok());
        long frames = show.frames();
        Await.until(() -> show.frames() > frames + 5, () -> "frames after the error: " + (show.frames() - frames));
        assertEquals(0x00ff00, probe.last(), "still the last good picture");
    }

    @Test
    void anEndlessEvaluationIsStoppedWhileFramesKeepComing() throws Exception {
        engine.evaluator().limitSeconds(1);
        assertTrue(engine.evaluateBlock("solid(0, 1, 0).out(o0)", "repl").ok());
        waitFor(0x00ff00);
        long before = show.frames();
        EvalResult r = engine.evaluateBlock("solid(1, 0, 0).out(o0)\nwhile (true) { }", "repl");
        long during = show.frames() - before;
        assertEquals("repl:2: evaluation stopped after 1.0 s (an endless loop?); the show goes on with the previous code\n"
                + "    while (true) { }", r.error());
        // How many frames a busy machine draws in that second is not fixed; that it draws is.
        assertTrue(during >= 1, "the render thread kept drawing during the incident: " + during + " frames");
        assertEquals(0x00ff00, probe.last());
        assertTrue(engine.evaluateBlock("solid(0, 0, 1).out(o0)", "repl").ok(), "the next evaluation works");
        waitFor(0x0000ff);
    }

    @Test
    void anEndlessClosureIsStoppedOnceAndTheRestKeepsMoving() throws Exception {
        assertTrue(engine.evaluateBlock("solid({ 0.25 + 0.5 * (time % 1) }, 0, 0).out(o1)", "repl").ok());
        long warm = show.control().ticks();
        Await.until(() -> show.control().ticks() > warm + 10, () -> "control ticks");
        long frames = show.frames();
        long ticks = show.control().ticks();
        // fine for its first calls, then endless: the steady-state limit (250 ms) applies
        EvalResult r = engine.evaluateBlock("calls = 0\nsolid(0, { calls++; if (calls > 3) { while (true) { } }; 1 }, 0).out(o0)", "repl");
        assertTrue(r.ok(), "the block itself is fine; its closure runs on the control thread");
        Await.until(() -> log.toString(StandardCharsets.UTF_8).contains("ran longer than")
                && show.frames() - frames >= 30 && show.control().ticks() - ticks >= 60, () -> log.toString(StandardCharsets.UTF_8));
        String messages = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, messages.split("ran longer than", -1).length - 1, "reported exactly once: " + messages);
        assertTrue(messages.contains("repl:2 solid() argument 2: ran longer than 250 ms (an endless loop?) and was stopped"), messages);
        assertTrue(engine.lastError().contains("ran longer than 250 ms"));
        assertTrue(show.frames() - frames >= 30, "frames kept coming: " + (show.frames() - frames));
        assertTrue(show.control().ticks() - ticks >= 60, "the control thread kept ticking: " + (show.control().ticks() - ticks));
        int slot = engine.scene().controls().stream()
                .filter(c -> c.label().startsWith("repl:1 solid() argument 1")).findFirst().orElseThrow().slot();
        double a = engine.bus().get(slot);
        Await.until(() -> engine.bus().get(slot) != a, () -> "other closures are still computed");
    }

    @Test
    void concurrentEvaluationsFromSeveralThreadsAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<EvalResult>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int output = t;
            futures.add(pool.submit(() -> {
                List<EvalResult> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(engine.evaluateBlock("osc(" + (i + 1) + ", 0.1, " + output + ").out(o" + output + ")", "t" + output));
                }
                return results;
            }));
        }
        for (Future<List<EvalResult>> f : futures) for (EvalResult r : f.get()) assertTrue(r.ok(), r.error());
        pool.shutdown();
        for (int o = 0; o < 4; o++) {
            var arg = engine.scene().output(o).calls().get(0).args().get(0);
            assertEquals(new latente.runtime.scene.Arg.Num(8), arg, "o" + o + " holds its thread's last block");
        }
    }
}
