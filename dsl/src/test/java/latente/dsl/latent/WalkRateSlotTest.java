package latente.dsl.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Every live walk rate has a bus slot of its own, whatever line or block it was written in: the
 * rate a stream's model worker reads after a control tick is the one its own closure computed.
 * Offline rendering ticks each stream's rate just before its keyframe, which would hide a shared
 * slot; a live worker reads its rate at any moment, so the tests read it after the whole tick.
 */
class WalkRateSlotTest {
    private static OfflineRender open(ByteArrayOutputStream messages) {
        return Shows.offline(32, 32, new PrintStream(messages, true, StandardCharsets.UTF_8));
    }

    private static void ok(EvalResult r) {
        assertTrue(r.ok(), r.error());
    }

    private static double rateIn(OfflineRender r, int source) {
        assertTrue(r.engine().link().feed(source) instanceof LatentStream, "a latent in s" + source);
        return ((LatentStream) r.engine().link().feed(source)).currentRate();
    }

    @Test
    void twoWalksOnOneLineEachReadTheirOwnRate() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (OfflineRender r = open(messages)) {
            ok(r.engine().evaluateSet("def a = latent('moss', seed: 1, size: 128).walk(rate: { 0.1 }); "
                    + "def b = latent('ember', seed: 2, size: 128).walk(rate: { 0.4 }); src(a).out(o0); src(b).out(o1)", "test.groovy"));
            r.drawFrame(0);
            assertEquals(0.1, rateIn(r, 0), 1e-12, messages.toString(StandardCharsets.UTF_8));
            assertEquals(0.4, rateIn(r, 1), 1e-12);
        }
    }

    @Test
    void aLaterReplBlockDoesNotTakeOverAnEarlierBlocksRate() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (OfflineRender r = open(messages)) {
            ok(r.engine().evaluateBlock("src(latent('moss', seed: 1, size: 128).walk(rate: { 0.1 })).out(o0)", "repl"));
            r.drawFrame(0);
            ok(r.engine().evaluateBlock("def b = latent('ember', seed: 2, size: 128).walk(rate: { 0.4 }); b.out(s1); src(b).out(o1)", "repl"));
            r.drawFrame(0.1);
            assertEquals(0.1, rateIn(r, 0), 1e-12, "the first block's walk keeps its own rate");
            assertEquals(0.4, rateIn(r, 1), 1e-12);
        }
    }

    @Test
    void retiredAndReplacedRatesGiveTheirSlotsBack() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (OfflineRender r = open(messages)) {
            String set = "src(latent('moss', seed: 1, size: 128).walk(rate: { 0.1 + 0.1 * %d })).out(o0)";
            ok(r.engine().evaluateSet(String.format(set, 0), "test.groovy"));
            r.drawFrame(0);
            ok(r.engine().evaluateSet(String.format(set, 1), "test.groovy"));
            r.drawFrame(0.1);
            int slots = r.engine().bus().size();
            for (int k = 2; k < 6; k++) {
                ok(r.engine().evaluateSet(String.format(set, k), "test.groovy"));
                r.drawFrame(k / 10.0);
                assertEquals(0.1 + 0.1 * k, rateIn(r, 0), 1e-12, "evaluation " + k);
            }
            assertEquals(slots, r.engine().bus().size(), "re-evaluating the set reuses the retired walk's slot");
            ok(r.engine().evaluateBlock("g = latent('glass', seed: 3, size: 128).walk(rate: { 0.3 }); g.out(s1); src(g).out(o1)", "repl"));
            r.drawFrame(0.7);
            int withG = r.engine().bus().size();
            for (int k = 0; k < 4; k++) {
                ok(r.engine().evaluateBlock("g.walk(rate: { 0.5 + " + k + " })", "repl"));
                r.drawFrame(0.8 + k / 10.0);
                assertEquals(0.5 + k, rateIn(r, 1), 1e-12, "re-walked " + k);
            }
            assertEquals(withG, r.engine().bus().size(), "a stream given a new rate gives its old slot back");
        }
    }
}
