package latente.dsl.latent;

import latente.dsl.testing.Await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.live.LiveShow;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * A headless live show with a latent source: the display keeps drawing frames at its own rate
 * while the model worker makes keyframes, and the render thread allocates nothing per frame for
 * the latent path (ThreadMXBean counts the render thread's allocations while keyframes stream in).
 */
class LatentLiveTest {

    @Test
    void theDisplayKeepsItsRateWhileTheModelRunsAndTheRenderThreadDoesNotAllocate() throws Exception {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        Engine engine = Shows.engine(new PrintStream(messages, true, StandardCharsets.UTF_8));
        LiveShow show = LiveShow.start(engine, LiveShow.Settings.headless(64, 64, 60));
        try {
            EvalResult r = engine.evaluateSet("garden = latent('moss ember', seed: 2, size: 128, keyframes: 0).walk(rate: { 0.5 })\n"
                    + "src(garden).out(o0)", "live.groovy");
            assertTrue(r.ok(), r.error());
            LatentStream stream = (LatentStream) engine.link().feed(0);
            Await.until(() -> stream.keyframes() >= 3, () -> "keyframes arrive: " + stream.keyframes() + "\n" + messages); // model loaded and warm

            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long renderId = renderThreadId();
            long bytes0 = threads.getThreadAllocatedBytes(renderId);
            long frames0 = show.frames(), keys0 = stream.keyframes(), t0 = System.nanoTime();
            // Wait for work done, not for time: 120 frames and at least one more keyframe.
            Await.until(() -> show.frames() - frames0 >= 120 && stream.keyframes() > keys0,
                    () -> (show.frames() - frames0) + " frames, " + (stream.keyframes() - keys0) + " keyframes");
            double seconds = (System.nanoTime() - t0) / 1e9;
            long frames = show.frames() - frames0, keys = stream.keyframes() - keys0;
            long bytes = threads.getThreadAllocatedBytes(renderId) - bytes0;
            System.out.printf("live latent: display %.1f frames/s, model %.1f keyframes/s, render thread allocated %d bytes in %d frames%n",
                    frames / seconds, keys / seconds, bytes, frames);
            assertTrue(keys > 0, "the model kept making keyframes");
            assertTrue(frames > keys, "the display does not wait for keyframes: " + frames + " frames, " + keys + " keyframes");
            assertTrue(bytes < 16 * 1024, "the render thread allocated " + bytes + " bytes in " + frames + " frames");
        } finally {
            show.close();
        }
    }

    private static long renderThreadId() {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().equals("latente-render")) return t.getId();
        throw new AssertionError("no render thread");
    }
}
