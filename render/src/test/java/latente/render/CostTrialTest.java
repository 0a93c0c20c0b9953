package latente.render;

import static latente.render.Chains.chain;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import latente.render.glsl.ChainCompileException;
import latente.render.vocab.Param;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.VisualFunction;
import latente.runtime.scene.Call;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live, a new scene must prove one frame affordable before it replaces the running one: a shader
 * whose loops are allowed but whose frame at the show's size would take far longer than the
 * budget is refused, and the previous scene keeps drawing.
 */
class CostTrialTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(1280, 720);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    /** 256 iterations of trigonometry per pixel: seconds per 1280x720 frame on a CPU rasteriser (CI's Mesa llvmpipe). */
    private static final String HEAVY = """
            vec2 p = _st; float s = 0.0;
            for (int i = 0; i < 16; i++) {
              for (int j = 0; j < 16; j++) {
                p = vec2(sin(p.y * 3.1 + float(j)), cos(p.x * 2.7 - float(i))) + vec2(tan(p.x), atan(p.y, p.x + 2.0)) * 0.1;
                s += exp(-abs(p.x - p.y)) * log(2.0 + p.x * p.x);
              }
            }
            return vec4(fract(s), 0.0, 0.0, 1.0);""";

    @Test
    void aShaderTooSlowForTheBudgetIsRefusedAndTheOldSceneKeepsDrawing() throws Exception {
        try {
            gl.show(chain("solid", 0, 0, 1));
            gl.renderer.frameBudget(50);
            VisualFunction heavy = UserFunctions.NONE.define("heavy", "src", List.of(Param.f("amount", 1)), HEAVY).find("heavy");
            Chain heavyChain = Chain.of(new Call("heavy", List.of(), "test.groovy", 1, heavy));
            ChainCompileException e = assertThrows(ChainCompileException.class,
                    () -> gl.renderer.apply(Scene.empty().withOutput(0, heavyChain)));
            assertTrue(e.getMessage().matches("o0: this scene would take about \\d+ ms per frame at 1280x720 \\(the frame budget is "
                    + "50 ms\\), so the previous scene keeps running; use fewer or shorter loops, fewer functions, or a smaller "
                    + "setResolution"), e.getMessage());
            gl.frame(0);
            assertEquals(255, gl.at(640, 360, 2), "the previous scene still draws");
        } finally {
            gl.renderer.frameBudget(0);
        }
    }

    @Test
    void anAffordableSceneIsTakenAndDrawn() throws Exception {
        gl.renderer.frameBudget(Renderer.liveFrameBudgetMillis());
        try {
            gl.show(chain("solid", 1, 0, 0));
            gl.frame(0);
            assertEquals(255, gl.at(640, 360, 0));
        } finally {
            gl.renderer.frameBudget(0);
        }
    }
}
