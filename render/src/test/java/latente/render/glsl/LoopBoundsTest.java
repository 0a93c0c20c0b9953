package latente.render.glsl;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import latente.render.vocab.Param;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.Vocabulary;
import latente.render.vocab.VisualFunction;
import org.junit.jupiter.api.Test;

/** Loops in performer GLSL: a small constant count is fine, anything that could run for seconds is refused. */
class LoopBoundsTest {
    @Test
    void constantLoopsPass() {
        assertNull(LoopBounds.problem("float s = 0.0;\nfor (int i = 0; i < 8; i++) { s += sin(float(i) * _st.x); }\nreturn vec4(s);"));
        assertNull(LoopBounds.problem("for (float f = 1.0; f <= 4.0; f += 0.5) c += f;"));
        assertNull(LoopBounds.problem("for (int i = 10; i > 0; --i) for (int j = 0; j < 16; j++) c += 1.0;"));
        assertNull(LoopBounds.problem("// while (true) is only a comment\n/* do { } */ return _c0;"));
    }

    @Test
    void everyBuiltInPasses() {
        for (VisualFunction fn : Vocabulary.builtins()) assertNull(LoopBounds.problem(fn.glsl()), fn.name());
    }

    @Test
    void longOrOpenLoopsAreRefusedWithTheReason() {
        assertEquals("loop 'for (int i = 0; i < 100000; i++)' runs 100000 times; at most 64 per loop keep a frame affordable",
                LoopBounds.problem("float s = 0.0; for (int i = 0; i < 100000; i++) { s += sin(float(i)); } return vec4(s);"));
        assertEquals("while loops are not allowed: one slow frame freezes the show. Use a for loop with a constant count, "
                + "e.g. for (int i = 0; i < 8; i++), at most 64 times", LoopBounds.problem("while (true) { }"));
        assertTrue(LoopBounds.problem("do { c += 1.0; } while (c.r < 9.0);").startsWith("do loops are not allowed"));
        assertEquals("loop 'for (int i = 0; i < int(amount); i++)' must count with a constant, e.g. for (int i = 0; i < 8; i++): "
                + "a loop whose count is not a small constant can freeze the show",
                LoopBounds.problem("for (int i = 0; i < int(amount); i++) c += 1.0;"));
        assertEquals("loop 'for (int i = 0; i < 8; i--)' never ends", LoopBounds.problem("for (int i = 0; i < 8; i--) c += 1.0;"));
        assertEquals("loop 'for (int i = 0; i < 8; i++)' changes its counter i in its body",
                LoopBounds.problem("for (int i = 0; i < 8; i++) { i = 0; }"));
        assertEquals("its loops run 1024 times together (nested loops multiply); at most 256 keep a frame affordable",
                LoopBounds.problem("for (int i = 0; i < 32; i++) { for (int j = 0; j < 32; j++) { c += 1.0; } }"));
        assertEquals("preprocessor lines (#...) are not allowed in a function body", LoopBounds.problem("#define W while\nW(true){}"));
    }

    @Test
    void setFunctionRefusesAnUnboundedLoop() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserFunctions.NONE.define("slow", "src",
                List.of(Param.f("n", 9)), "float s = 0.0;\nfor (int i = 0; i < 2000000; i++) { s += sin(float(i)); }\nreturn vec4(s);"));
        assertEquals("setFunction slow: loop 'for (int i = 0; i < 2000000; i++)' runs 2000000 times; at most 64 per loop keep a "
                + "frame affordable", e.getMessage());
        assertNull(Vocabulary.find("slow"), "a refused function is not defined");
    }
}
