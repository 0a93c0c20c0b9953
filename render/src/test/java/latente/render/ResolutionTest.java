package latente.render;

import static latente.render.Chains.chain;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** setResolution: the outputs are reallocated on the render thread and the scene keeps drawing. */
class ResolutionTest {
    @Test
    void aRequestedResolutionAppliesAtTheNextFrameAndKeepsTheScene() throws Exception {
        try (HeadlessGl gl = new HeadlessGl(32, 16)) {
            gl.show(chain("gradient"));
            gl.frame(0);
            gl.link.requestResolution(16, 8);
            assertEquals(32, gl.renderer.width(), "nothing changes before the render thread's next frame");
            gl.frame(0);
            assertEquals(16, gl.renderer.width());
            assertEquals(8, gl.renderer.height());
            assertEquals((16L << 32) | 8, gl.link.outputSize());
            // The same chain at the new size: red is x / 16 at pixel centres.
            assertEquals(Math.round(255 * 12.5 / 16), gl.pixels.get((3 * 16 + 12) * 4) & 0xff, 1);
            assertThrows(IllegalArgumentException.class, () -> gl.link.requestResolution(0, 10));
        }
    }

    @Test
    void aFixedRendererIgnoresRequests() throws Exception {
        try (HeadlessGl gl = new HeadlessGl(32, 16)) {
            gl.renderer.fixResolution();
            gl.show(chain("solid", 1, 0, 0));
            gl.link.requestResolution(16, 8);
            gl.frame(0);
            assertEquals(32, gl.renderer.width());
            assertEquals(255, gl.at(31, 15, 0));
        }
    }
}
