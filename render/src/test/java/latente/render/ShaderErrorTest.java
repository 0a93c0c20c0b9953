package latente.render;

import static latente.render.Chains.chain;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import latente.render.glsl.ChainCompileException;
import latente.render.vocab.Param;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.VisualFunction;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Call;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A user function with broken GLSL: the old program keeps drawing, the error names the body line and the call. */
class ShaderErrorTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(16, 16);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    @Test
    void brokenUserGlslKeepsTheOldSceneAndPointsAtTheBodyLineAndTheCall() throws Exception {
        VisualFunction wobble = UserFunctions.NONE.define("wobble", "color", List.of(Param.f("amount", 0.5)),
                "vec4 c = _c0;\nc.r += amount * undefinedThing;\nreturn c;").find("wobble");
        gl.show(chain("solid", 0, 0, 1));
        Chain broken = chain("osc").then(new Call("wobble", List.of(), "set.groovy", 7, wobble));
        ChainCompileException e = assertThrows(ChainCompileException.class, () -> gl.show(broken));
        assertTrue(e.getMessage().startsWith("set.groovy:7: o0: the shader did not compile: in wobble()'s GLSL, line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2 (set.groovy:7): "), e.getMessage());
        assertTrue(e.getMessage().contains("undefinedThing"), e.getMessage());
        assertEquals(7, e.call().line());
        gl.frame(0);
        assertEquals(255, gl.at(3, 3, 2), "the previous scene still draws");
        assertEquals(0, gl.at(3, 3, 0));
    }

    @Test
    void aWorkingUserFunctionDrawsLikeABuiltIn() throws Exception {
        UserFunctions mine = UserFunctions.NONE.define("halfRed", "src", List.of(Param.f("level", 0.5)), "return vec4(level, 0.0, 0.0, 1.0);");
        Chain halfRed = Chain.of(new Call("halfRed", List.of(), "test.groovy", 1, mine.find("halfRed")));
        gl.renderer.apply(Scene.empty().withOutput(0, halfRed));
        gl.frame(0);
        assertEquals(128, gl.at(1, 1, 0), 1);
        mine = mine.define("swap", "combineCoord", List.of(), "return _st + _c0.rg * 0.0;");
        Call full = new Call("halfRed", List.of(new Arg.Num(1)), "test.groovy", 1, mine.find("halfRed"));
        Call swap = new Call("swap", List.of(new Arg.ChainArg(chain("osc"))), "test.groovy", 1, mine.find("swap"));
        gl.renderer.apply(Scene.empty().withOutput(0, Chain.of(full).then(swap)));
        gl.frame(0);
        assertEquals(255, gl.at(1, 1, 0));
    }

    @Test
    void aBadTypeIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserFunctions.NONE.define("x", "shader", List.of(), "return _c0;"));
        assertTrue(e.getMessage().contains("src, coord, color, combine, combineCoord"), e.getMessage());
    }
}
