package latente.dsl.lang;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import latente.dsl.engine.Engine;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import latente.render.vocab.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * setFunction is part of the evaluation: a block that fails defines nothing, and one engine's
 * functions are not another's. Pixels through the headless renderer.
 */
class SetFunctionTransactionTest {
    OfflineRender a;

    @BeforeEach
    void open() {
        a = Shows.offline(8, 8, new PrintStream(new ByteArrayOutputStream(), true));
    }

    @AfterEach
    void close() {
        a.close();
    }

    static int red(OfflineRender r) {
        return r.drawFrame(0).get(0) & 0xff;
    }

    static void ok(OfflineRender r, String code) {
        EvalResult e = r.engine().evaluateBlock(code, "repl");
        assertTrue(e.ok(), e.error());
    }

    @Test
    void aFailingBlockDoesNotReplaceABuiltIn() {
        EvalResult failed = a.engine().evaluateBlock("setFunction(name: 'solid', type: 'src', glsl: 'return vec4(0.0, 0.0, 1.0, 1.0);')\n"
                + "throw new IllegalStateException('the block fails after setFunction')", "repl");
        assertFalse(failed.ok());
        ok(a, "solid(1, 0, 0).out(o0)");
        assertEquals(255, red(a), "solid is still the built-in");
    }

    @Test
    void aFailingBlockDefinesNothing() {
        assertFalse(a.engine().evaluateBlock("setFunction(name: 'halve', type: 'color', glsl: 'return _c0 * 0.5;')\n"
                + "solid(1, 1, 1).nosuchword().out(o0)", "repl").ok());
        EvalResult later = a.engine().evaluateBlock("solid(1, 1, 1).halve().out(o0)", "repl");
        assertFalse(later.ok(), "halve was never committed");
        assertTrue(later.error().contains("halve"), later.error());
    }

    @Test
    void aSucceedingBlockDefinesItForLaterBlocks() {
        ok(a, "setFunction(name: 'halve', type: 'color', glsl: 'return _c0 * 0.5;')");
        ok(a, "solid(1, 1, 1).halve().out(o0)");
        assertEquals(128, red(a), 1);
    }

    @Test
    void eachEngineHasItsOwnFunctions() {
        ok(a, "setFunction(name: 'solid', type: 'src', glsl: 'return vec4(0.0, 0.0, 1.0, 1.0);')\n"
                + "setFunction(name: 'halve', type: 'color', glsl: 'return _c0 * 0.5;')\nsolid().out(o0)");
        assertEquals(0, red(a), "engine a's own solid draws blue");
        Engine other = Shows.engine(new PrintStream(new ByteArrayOutputStream(), true));
        EvalResult unknown = other.evaluateBlock("solid(1, 1, 1).halve().out(o0)", "repl");
        assertFalse(unknown.ok(), "another engine does not know halve");
        assertTrue(other.evaluateBlock("solid(1, 0, 0).out(o0)", "repl").ok());
        assertSame(Vocabulary.find("solid"), other.scene().output(0).source().definition(), "and keeps the built-in solid");
    }

    @Test
    void aRunningChainKeepsTheDefinitionItWasBuiltWith() {
        ok(a, "setFunction(name: 'tint', type: 'color', glsl: 'return _c0 * 0.5;')\nsolid(1, 1, 1).tint().out(o0)");
        ok(a, "setFunction(name: 'tint', type: 'color', glsl: 'return _c0 * 0.25;')");
        assertEquals(128, red(a), 1, "o0 was not re-evaluated, so it keeps the tint it was built with");
        ok(a, "solid(1, 1, 1).tint().out(o0)");
        assertEquals(64, red(a), 1);
    }
}
