package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import latente.render.source.FrameRing;
import latente.render.source.SourceFeed;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Textures: outputs read by src() and prev(), feedback across frames, sources fed by a worker. */
class SourcePixelTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(32, 16);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    @Test
    void anOutputDrawnEarlierSeesALaterOneTwoFramesBack() throws Exception {
        // As in Hydra, outputs draw in order o0..o3: o0 reads o1 before o1 has drawn this frame,
        // and o1's last frame is still its back buffer: o0 sees what o1 drew two frames ago.
        gl.renderer.apply(Scene.empty().withOutput(1, chain("gradient")).withOutput(0, chain("src", new Arg.OutputRef(1))));
        gl.frame(0);
        gl.frame(0);
        assertEquals(0, gl.at(20, 7, 0), 1.0, "two frames in, o1's first frame is not seen yet");
        gl.frame(0);
        for (int x = 0; x < gl.width; x += 3) {
            assertEquals(255 * (x + 0.5) / gl.width, gl.at(x, 7, 0), 1.0, "red at " + x);
            // GL row 7 is screen row 8 from the top, where Hydra's y (green) is 8.5 / 16.
            assertEquals(255 * 8.5 / gl.height, gl.at(x, 7, 1), 1.0);
        }
    }

    @Test
    void prevIsTheOutputsOwnPreviousFrame() throws Exception {
        gl.renderer.apply(Scene.empty().withOutput(0, chain("solid", 0.2, 0.6, 1.0)));
        gl.frame(0);
        gl.renderer.apply(Scene.empty().withOutput(0, then(chain("prev"), "brightness", -0.1)));
        int[] expectedRed = {26, 0, 0};
        int[] expectedGreen = {128, 102, 77};
        for (int i = 0; i < 3; i++) {
            gl.frame(0);
            assertEquals(expectedRed[i], gl.at(4, 4, 0), 1.5, "red after " + (i + 1) + " frames");
            assertEquals(expectedGreen[i], gl.at(4, 4, 1), 1.5, "green after " + (i + 1) + " frames");
        }
    }

    @Test
    void feedbackAccumulatesFrameAfterFrame() throws Exception {
        // o0 = its own previous frame moved one pixel right, plus a white column at x = 0 (white
        // masked by a ramp thresholded to 1 at x = 0 and 0 from x = 1): after k frames x 0..k-1 are lit.
        gl.renderer.apply(Scene.empty().withOutput(0, chain("solid", 0, 0, 0)));
        gl.frame(0);
        var column = then(chain("solid", 1, 1, 1), "mask", then(then(chain("gradient"), "r", -gl.width, 1.5), "thresh", 0.5, 0));
        gl.renderer.apply(Scene.empty().withOutput(0,
                then(then(chain("src", new Arg.OutputRef(0)), "scrollX", -1.0 / gl.width), "add", column)));
        for (int k = 0; k < 5; k++) gl.frame(0);
        for (int x = 0; x < 5; x++) assertEquals(255, gl.at(x, 8, 0), 1, "lit at x=" + x);
        for (int x = 5; x < gl.width; x++) assertEquals(0, gl.at(x, 8, 0), 1, "dark at x=" + x);
    }

    @Test
    void aSourceFeedReachesSrcOfItsSource() throws Exception {
        TestFeed feed = new TestFeed();
        gl.link.feed(2, feed);
        ByteBuffer b = feed.ring.beginWrite(gl.width, gl.height);
        for (int y = 0; y < gl.height; y++) {
            for (int x = 0; x < gl.width; x++) b.put((byte) (x * 8)).put((byte) (y * 16)).put((byte) 77).put((byte) 255);
        }
        feed.ring.publish();
        gl.renderer.apply(Scene.empty().withOutput(0, chain("src", new Arg.SourceRef(2))));
        gl.frame(0);
        assertEquals(5 * 8, gl.at(5, 3, 0));
        assertEquals(3 * 16, gl.at(5, 3, 1));
        assertEquals(77, gl.at(5, 3, 2));
        gl.link.feed(2, null);
        assertTrue(feed.closed, "a replaced feed is closed");
    }

    static final class TestFeed implements SourceFeed {
        final FrameRing ring = new FrameRing();
        volatile boolean closed;

        @Override
        public FrameRing frames() {
            return ring;
        }

        @Override
        public String description() {
            return "test pattern";
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
