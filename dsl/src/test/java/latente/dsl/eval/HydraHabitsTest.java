package latente.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Hydra sketches typed as they are: arrow functions and {@code let}/{@code const} work, strings
 * and comments keep their text, and errors point at the performer's own columns.
 */
class HydraHabitsTest {
    private final Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));

    private EvalResult ok(String code) {
        EvalResult r = engine.evaluateBlock(code, "repl");
        assertTrue(r.ok(), code + " -> " + r.error());
        return r;
    }

    @Test
    void arrowFunctionsAreLiveValues() {
        ok("osc(10, 0.1, () => Math.sin(time) * 3).out(o0)");
        assertEquals(1, engine.scene().controls().size(), "the arrow function is a live value");
        ok("shape(4).rotate(() => time % 360).scale(() => { return 1 + a.fft[0] }).out(o1)");
        assertEquals(3, engine.scene().controls().size());
        assertEquals(6, ok("def twice = x => x * 2\ntwice(3)").value());
        assertEquals(5, ok("def add = (a, b) => a + b\nadd(2, 3)").value());
    }

    @Test
    void letAndConstDeclareNamesThatLiveOn() {
        ok("let speedy = 3\nconst slow = 0.5");
        assertEquals(3, ok("speedy").value());
        assertEquals("0.5", ok("slow").value().toString());
        assertEquals(2, ok("def letter = 2\nletter").value(), "only the keyword at a statement's start changes");
    }

    @Test
    void stringsComparisonsAndCommentsAreLeftAlone() {
        assertEquals("a => b, let x = 1", ok("def t = 'a => b, let x = 1' // () => x\nt").value());
        assertEquals(-1, ok("1 <=> 2").value());
        assertEquals(true, ok("2 >= 1").value());
    }

    @Test
    void errorsPointAtTheTextAsTyped() {
        EvalResult r = engine.evaluateBlock("osc(10, 0.1, () => Math.sin(time) * 3).rotat(1).out(o0)", "repl");
        assertFalse(r.ok());
        assertEquals("""
                repl:1:40: unknown function rotat() - did you mean rotate()?
                    osc(10, 0.1, () => Math.sin(time) * 3).rotat(1).out(o0)
                                                           ^""", r.error());
    }
}
