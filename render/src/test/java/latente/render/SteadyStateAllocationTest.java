package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import latente.render.gl.Framebuffer;
import latente.render.hud.PreviewHud;
import latente.render.output.AdaptiveScale;
import latente.render.output.ScaledOutputs;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.Test;

/**
 * The render thread allocates nothing in steady state: 600 frames of a busy scene (all four
 * outputs, live uniforms written by another thread, a source fed by a worker, feedback, the HUD,
 * presentation and readback) after warm-up, measured with the JVM's per-thread allocation counter.
 * The adaptive render scale is active: it is fed frame times that are too slow, so during the
 * measured frames the outputs move from full size down through every step.
 */
class SteadyStateAllocationTest {
    static final long BOUND_BYTES = 16 * 1024;
    static byte[] sink;

    @Test
    void sixHundredBusyFramesAllocateAlmostNothing() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported());
        try (HeadlessGl gl = new HeadlessGl(64, 36); Framebuffer window = new Framebuffer(96, 54); PreviewHud hud = new PreviewHud()) {
            int a = gl.bus.slot("live:a"), b = gl.bus.slot("live:b");
            SourcePixelTest.TestFeed feed = new SourcePixelTest.TestFeed();
            gl.link.feed(0, feed);
            Arg liveA = new Arg.Slot(a, null), liveB = new Arg.Slot(b, null);
            Scene scene = Scene.empty()
                    .withOutput(1, then(then(chain("osc", 12, 0.05, 1.2), "kaleid", 5), "rotate", liveA))
                    .withOutput(2, then(then(chain("noise", 3, 0.2), "color", 0.9, 0.4, 0.8), "modulate", new Arg.OutputRef(1), liveB))
                    .withOutput(3, then(chain("src", new Arg.SourceRef(0)), "modulateScale", chain("voronoi"), 0.5))
                    .withOutput(0, then(then(then(chain("src", new Arg.OutputRef(1)), "modulate", new Arg.OutputRef(2), 0.04),
                            "blend", then(chain("src", new Arg.OutputRef(0)), "scale", 1.01), 0.35), "diff", new Arg.OutputRef(3)))
                    .withShown(Scene.SHOW_ALL);
            gl.renderer.apply(scene);

            Thread control = new Thread(() -> {
                double t = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    gl.bus.set(a, t += 0.01);
                    gl.bus.set(b, Math.sin(t));
                    ByteBuffer f = feed.ring.beginWrite(16, 16);
                    while (f.hasRemaining()) f.put((byte) t);
                    feed.ring.publish();
                    Thread.onSpinWait();
                }
            }, "test-control");
            control.setDaemon(true);
            control.start();
            try {
                for (int k = 0; k < ScaledOutputs.SCALES.length; k++) gl.renderer.renderStep(k); // every step visited once
                gl.renderer.renderStep(0);
                for (int k = 0; k < 200; k++) frame(gl, window, hud, k);
                long self = Thread.currentThread().getId();
                long probe = threads.getThreadAllocatedBytes(self);
                sink = new byte[4096];
                assertTrue(threads.getThreadAllocatedBytes(self) - probe >= 4096, "the counter sees allocation");
                adaptive = new AdaptiveScale(60, ScaledOutputs.SCALES.length); // starts again at full size
                scaleChanges = 0;
                long before = threads.getThreadAllocatedBytes(self);
                for (int k = 0; k < 600; k++) frame(gl, window, hud, k);
                long allocated = threads.getThreadAllocatedBytes(self) - before;
                System.out.println("render thread allocated " + allocated + " bytes over 600 busy frames, " + scaleChanges + " scale changes");
                assertEquals(ScaledOutputs.SCALES.length, scaleChanges, "the render scale moved during the measured frames: " + scaleChanges);
                assertTrue(allocated < BOUND_BYTES, "the render thread allocated " + allocated + " bytes in 600 frames");
            } finally {
                control.interrupt();
                control.join(5000);
            }
        }
    }

    private AdaptiveScale adaptive = new AdaptiveScale(60, ScaledOutputs.SCALES.length);
    private int scaleChanges;

    private void frame(HeadlessGl gl, Framebuffer window, PreviewHud hud, int k) {
        // Every frame takes 30 ms against a 60 fps target: the scale steps down every half second of frames.
        if (gl.renderer.renderStep(adaptive.frame(0.03, 0.03))) scaleChanges++;
        gl.renderer.drawFrame(k / 60.0);
        gl.renderer.readFinal(gl.pixels);
        gl.renderer.presentTo(window.fbo(), 96, 54);
        hud.update(1 / 60.0, 0.004, 120, k / 30.0);
        hud.draw(window.fbo(), 96, 54);
    }
}
