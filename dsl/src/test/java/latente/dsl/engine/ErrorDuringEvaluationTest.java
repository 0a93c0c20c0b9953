package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import latente.dsl.testing.Hooks;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A problem reported while an evaluation runs (live, a closure of the new code failing on the
 * control thread while the evaluation waits for the render thread) is still the HUD's newest
 * error after the evaluation succeeds; only older errors are cleared by the success.
 */
class ErrorDuringEvaluationTest {
    private final Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));

    @AfterEach
    void reset() {
        Hooks.RUN = () -> {};
    }

    @Test
    void aProblemReportedDuringASuccessfulEvaluationStaysOnTheHud() {
        assertFalse(engine.evaluateBlock("osc(1).rotat(2).out(o0)", "repl").ok());
        assertNotNull(engine.lastError(), "the failed block's error");
        Hooks.RUN = () -> engine.report("repl:1 osc() argument 1: ran longer than 250 ms (an endless loop?) and was stopped");
        assertTrue(engine.evaluateBlock("latente.dsl.testing.Hooks.RUN.run()\nosc(1).out(o0)", "repl").ok());
        assertEquals("repl:1 osc() argument 1: ran longer than 250 ms (an endless loop?) and was stopped", engine.lastError());
        assertTrue(engine.evaluateBlock("osc(2).out(o0)", "repl").ok());
        assertNull(engine.lastError(), "the next good evaluation clears it");
    }
}
