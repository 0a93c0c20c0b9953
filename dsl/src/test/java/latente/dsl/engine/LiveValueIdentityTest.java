package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every live value has a bus slot of its own, owned by the scene that runs it: two values written
 * on the same line (or in two REPL blocks) never share one, and replacing a scene gives its slots
 * back. Checked through the evaluator and the headless renderer's pixels.
 */
class LiveValueIdentityTest {
    OfflineRender r;

    @BeforeEach
    void open() {
        r = Shows.offline(8, 8, new PrintStream(new ByteArrayOutputStream(), true));
    }

    @AfterEach
    void close() {
        r.close();
    }

    private void block(String code) {
        EvalResult e = r.engine().evaluateBlock(code, "repl");
        assertTrue(e.ok(), e.error());
    }

    private int red(int output) {
        block("render(o" + output + ")");
        ByteBuffer px = r.drawFrame(0);
        return px.get(0) & 0xff;
    }

    @Test
    void twoLiveArgumentsOfTheSameFunctionOnOneLineKeepTheirOwnValues() {
        block("solid(1, 1, 1).color({ 0.2 }, 1, 1).color({ 0.5 }, 1, 1).out(o0)");
        assertEquals(26, red(0), 1, "0.2 × 0.5 of full red (sharing one slot would give 0.5 × 0.5)");
    }

    @Test
    void aLaterReplBlockDoesNotTakeOverAnEarlierBlocksValue() {
        block("solid({ 0.2 }, 0, 0).out(o0)");
        block("solid({ 0.8 }, 0, 0).out(o1)");
        assertEquals(51, red(0), 1, "o0 keeps its own closure");
        assertEquals(204, red(1), 1);
    }

    @Test
    void aChainKeptInAVariableKeepsItsValueWhenDrawnAgain() {
        block("dim = solid({ 0.4 }, 0, 0)\ndim.out(o0)");
        block("solid(0, 0, 0).out(o0)");
        block("solid({ 0.9 }, 0, 0).out(o1)");
        block("dim.out(o2)");
        assertEquals(102, red(2), 1);
        assertEquals(230, red(1), 1);
    }

    @Test
    void replacedScenesGiveTheirSlotsBack() {
        block("solid({ 0.1 }, { 0.2 }, 0).out(o0)");
        block("solid({ 0.1 }, { 0.2 }, 0).out(o0)"); // the old scene's two slots are now free
        int slots = r.engine().bus().size();
        for (int i = 0; i < 200; i++) block("solid({ 0.1 }, { 0.2 }, 0).out(o0)");
        assertEquals(slots, r.engine().bus().size(), "re-evaluating reuses the retired scene's slots");
        assertEquals(26, red(0), 1);
    }

    @Test
    void aRefusedSceneGivesBackTheSlotsItWasGiven() {
        block("solid({ 0.3 }, 0, 0).out(o0)");
        int slots = -1;
        for (int i = 0; i < 20; i++) {
            if (i == 1) slots = r.engine().bus().size(); // the first refusal's slot is free again
            EvalResult refused = r.engine().evaluateBlock("setFunction(name: 'bad', type: 'color', glsl: 'return nope;')\n"
                    + "solid({ 0.5 }, 0, 0).bad().out(o1)", "repl");
            assertTrue(!refused.ok() && refused.error().contains("did not compile"), refused.error());
        }
        assertEquals(slots, r.engine().bus().size());
        assertEquals(77, red(0), 1);
    }
}
