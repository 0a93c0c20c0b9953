package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import latente.render.glsl.ChainCompileException;
import latente.runtime.scene.Arg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pixels of known chains, checked against the documented formulas, on a real headless driver. */
class FoundationPixelTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(64, 32);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    @Test
    void solidRedIsPureRedEverywhere() throws Exception {
        gl.show(chain("solid", 1, 0, 0));
        gl.frame(0);
        for (int y = 0; y < gl.height; y += 7) {
            for (int x = 0; x < gl.width; x += 5) {
                assertEquals(255, gl.at(x, y, 0));
                assertEquals(0, gl.at(x, y, 1));
                assertEquals(0, gl.at(x, y, 2));
                assertEquals(255, gl.at(x, y, 3));
            }
        }
    }

    @Test
    void oscColumnsFollowTheSineOfTheirDocumentedArgument() throws Exception {
        double frequency = 10, sync = 0.2, offset = 0.5, time = 1.25;
        gl.show(chain("osc", frequency, sync, offset));
        gl.frame(time);
        for (int x = 0; x < gl.width; x++) {
            double stx = (x + 0.5) / gl.width;
            double phase = (stx + time * sync) * frequency;
            assertEquals(255 * (Math.sin(phase - offset) * 0.5 + 0.5), gl.at(x, 5, 0), 1.5, "red at x=" + x);
            assertEquals(255 * (Math.sin(phase) * 0.5 + 0.5), gl.at(x, 5, 1), 1.5, "green at x=" + x);
            assertEquals(255 * (Math.sin(phase + offset) * 0.5 + 0.5), gl.at(x, 5, 2), 1.5, "blue at x=" + x);
        }
    }

    @Test
    void liveValuesComeFromTheBusEachFrame() throws Exception {
        int slot = gl.bus.slot("test:green");
        gl.show(chain("solid", 0, new Arg.Slot(slot, null), 0));
        gl.bus.set(slot, 0.25);
        gl.frame(0);
        assertEquals(64, gl.at(3, 3, 1), 1);
        gl.bus.set(slot, 1.0);
        gl.frame(0);
        assertEquals(255, gl.at(3, 3, 1));
    }

    @Test
    void feedbackReadsThePreviousFrameOfTheSameOutput() throws Exception {
        // Each frame adds 0.25 of red on top of the previous frame: 64, 128, 191, 255.
        gl.show(then(chain("src", new Arg.OutputRef(0)), "add", chain("solid", 0.25, 0, 0), 1));
        int[] expected = {64, 128, 191, 255};
        gl.renderer.apply(latente.runtime.scene.Scene.empty());
        gl.show(then(chain("src", new Arg.OutputRef(0)), "color", 0, 0, 0, 1));
        gl.frame(0);
        gl.frame(0);
        gl.show(then(chain("src", new Arg.OutputRef(0)), "add", chain("solid", 0.25, 0, 0), 1));
        for (int e : expected) {
            gl.frame(0);
            assertEquals(e, gl.at(10, 10, 0), 1.5);
        }
    }

    @Test
    void unknownFunctionNamesTheCallAndLine() {
        ChainCompileException e = assertThrows(ChainCompileException.class, () -> gl.show(then(chain("osc"), "rotat", 1)));
        assertEquals("test.groovy:1: unknown function rotat()", e.getMessage());
    }

    @Test
    void aFailedSceneLeavesThePreviousOneDrawing() throws Exception {
        gl.show(chain("solid", 0, 0, 1));
        assertThrows(ChainCompileException.class, () -> gl.show(then(chain("solid", 1, 0, 0), "blend", 0.5)));
        gl.frame(0);
        assertEquals(255, gl.at(1, 1, 2));
        assertEquals(0, gl.at(1, 1, 0));
    }
}
