package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import latente.runtime.scene.Arg;
import org.junit.jupiter.api.Test;

/**
 * The render scale: the outputs draw fewer pixels, the final frame (window, recording) keeps its
 * size and is filled edge to edge, and feedback goes on across a change of scale.
 */
class RenderScaleTest {
    @Test
    void aLowerScaleDrawsSmallerOutputsIntoAFullSizeFrame() throws Exception {
        try (HeadlessGl gl = new HeadlessGl(64, 32)) {
            gl.show(chain("gradient"));
            gl.frame(0);
            int fullRed = gl.at(60, 16, 0);
            assertTrue(gl.renderer.renderStep(4));
            gl.frame(0);
            assertEquals(64, gl.renderer.width(), "the final frame keeps its size");
            assertEquals(32, gl.renderer.height());
            assertEquals((32L << 32) | 16, gl.link.outputSize(), "the outputs are half size (scale 0.5)");
            assertEquals(0.5, gl.renderer.renderScale(), 1e-9);
            // The same picture, stretched back to full size: red grows with x across the whole frame.
            assertEquals(fullRed, gl.at(60, 16, 0), 8);
            assertTrue(gl.at(60, 16, 0) > gl.at(4, 16, 0) + 180, "the gradient spans the full width");
            assertFalse(gl.renderer.renderStep(4), "the same step again changes nothing");
        }
    }

    @Test
    void feedbackContinuesAcrossAScaleChange() throws Exception {
        try (HeadlessGl gl = new HeadlessGl(32, 16)) {
            // o0 adds 0.25 red to what it showed the frame before.
            gl.show(then(chain("src", new Arg.OutputRef(0)), "add", chain("solid", 0.25, 0, 0), 1));
            gl.frame(0);
            gl.frame(0);
            int before = gl.at(16, 8, 0);
            assertEquals(128, before, 2);
            gl.renderer.renderStep(3);
            gl.frame(0);
            assertEquals(191, gl.at(16, 8, 0), 2, "the picture was carried over to the smaller outputs");
            gl.renderer.renderStep(0);
            gl.frame(0);
            assertEquals(255, gl.at(16, 8, 0), 2, "and back");
        }
    }

    @Test
    void aPinnedScaleFixesTheOutputsSize() throws Exception {
        try (HeadlessGl gl = new HeadlessGl(64, 32)) {
            gl.show(chain("solid", 0, 1, 0));
            gl.renderer.pinRenderSize(16, 8);
            gl.frame(0);
            assertEquals((16L << 32) | 8, gl.link.outputSize());
            assertEquals(64, gl.renderer.width());
            assertEquals(255, gl.at(0, 0, 1));
            assertEquals(255, gl.at(63, 31, 1), "filled edge to edge");
            assertThrows(IllegalArgumentException.class, () -> gl.link.renderScale(1.5));
        }
    }
}
