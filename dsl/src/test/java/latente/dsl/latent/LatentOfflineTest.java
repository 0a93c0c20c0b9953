package latente.dsl.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Latent streams rendered offline (headless GL, the real built-in model at 128²): model pixels in
 * an output, identical frames for the same seed, walk steps small against jumps, and a missing
 * model that leaves the rest of the chain drawing.
 */
class LatentOfflineTest {
    static final int W = 96, H = 96;

    private static byte[] copy(ByteBuffer b) {
        byte[] out = new byte[b.capacity()];
        b.get(0, out);
        return out;
    }

    private static OfflineRender load(String code, ByteArrayOutputStream messages) {
        OfflineRender r = Shows.offline(W, H, new PrintStream(messages, true, StandardCharsets.UTF_8));
        EvalResult ok = r.engine().evaluateSet(code, "test.groovy");
        assertTrue(ok.ok(), ok.error());
        return r;
    }

    /** Mean absolute difference of the RGB channels, in 0..1. */
    static double meanAbsDiff(byte[] a, byte[] b) {
        long sum = 0;
        int n = 0;
        for (int i = 0; i < a.length; i += 4) {
            for (int c = 0; c < 3; c++) sum += Math.abs((a[i + c] & 0xff) - (b[i + c] & 0xff));
            n += 3;
        }
        return sum / (255.0 * n);
    }

    @Test
    void aLatentSourceDrawsModelPixelsIntoAnOutput() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (OfflineRender r = load("src(latent('moss', seed: 7, size: 128)).out(o0)", messages)) {
            byte[] px = copy(r.drawFrame(0.5));
            double red = 0, green = 0, blue = 0, sq = 0;
            int n = W * H;
            for (int i = 0; i < px.length; i += 4) {
                red += px[i] & 0xff;
                green += px[i + 1] & 0xff;
                blue += px[i + 2] & 0xff;
                sq += Math.pow(px[i + 1] & 0xff, 2);
            }
            red /= n;
            green /= n;
            blue /= n;
            double spread = Math.sqrt(sq / n - green * green);
            assertTrue(green > 40, "not black: mean green " + green + "\n" + messages);
            assertTrue(green > red + 10 && green > blue + 10, "moss is green: r " + red + " g " + green + " b " + blue);
            assertTrue(spread > 8, "a texture, not a flat colour: green spread " + spread);
        }
    }

    @Test
    void theSameSeedGivesIdenticalFramesAcrossTwoRenders() {
        String set = "src(latent('<moss ember>', seed: 3, size: 128, keyframes: 6).walk(rate: { 0.3 + 0.1 * sin(time) })).out(o0)";
        byte[][] first = new byte[8][], second = new byte[8][];
        try (OfflineRender r = load(set, new ByteArrayOutputStream())) {
            for (int k = 0; k < 8; k++) first[k] = copy(r.drawFrame(k / 10.0));
        }
        try (OfflineRender r = load(set, new ByteArrayOutputStream())) {
            for (int k = 0; k < 8; k++) second[k] = copy(r.drawFrame(k / 10.0));
        }
        for (int k = 0; k < 8; k++) assertArrayEquals(first[k], second[k], "frame " + k);
        assertTrue(meanAbsDiff(first[0], first[7]) > 0.001, "the walk moved");
    }

    @Test
    void smallWalkStepsChangeTheImageLittleAndAJumpChangesItMuch() {
        // One keyframe per frame at 10 frames/s with a rate of 0.2 legs/s: 0.02 of a leg per keyframe.
        OfflineRender r = load("garden = latent('moss ember', seed: 5, size: 128, rate: 0.2)\nsrc(garden).out(o0)", new ByteArrayOutputStream());
        try (r) {
            r.engine().latents().keyframeRate(0);
            byte[] previous = copy(r.drawFrame(0));
            double walk = 0;
            for (int k = 1; k <= 5; k++) {
                byte[] now = copy(r.drawFrame(k / 10.0));
                walk += meanAbsDiff(previous, now) / 5;
                previous = now;
            }
            assertTrue(r.engine().evaluateBlock("garden.jump()", "repl").ok());
            double jump = meanAbsDiff(previous, copy(r.drawFrame(0.6)));
            System.out.printf("latent walk: mean |change| per 0.02-leg keyframe %.4f, after a jump %.4f%n", walk, jump);
            assertTrue(walk > 0, "the walk moves");
            assertTrue(walk * 5 < jump, "walk step " + walk + " against jump " + jump);
        }
    }

    @Test
    void aMissingModelIsNamedOnceAndTheRestOfTheChainStillDraws() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (OfflineRender r = load("src(latent('moss', model: 'models/nowhere.onnx')).add(solid(0, 0.5, 0)).out(o0)", messages)) {
            byte[] px = null;
            for (int k = 0; k < 4; k++) px = copy(r.drawFrame(k / 10.0));
            assertEquals(128, px[(W * H / 2) * 4 + 1] & 0xff, 1, "the solid still draws");
            String said = messages.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("nowhere.onnx"), said);
            assertEquals(1, said.lines().filter(l -> l.contains("nowhere.onnx")).count(), "reported once: " + said);
        }
    }

    @Test
    void aModelThatFailsToOpenInANewEvaluationLeavesThePreviousLatentRunning() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (OfflineRender r = load("src(latent('ember', seed: 4, size: 128, rate: 0.5, keyframes: 0)).out(o0)", messages)) {
            for (int k = 0; k < 3; k++) r.drawFrame(k / 10.0);
            EvalResult next = r.engine().evaluateSet("src(latent('ember', model: 'broken/none.onnx')).out(o0)", "test.groovy");
            assertTrue(next.ok(), next.error());
            byte[] a = copy(r.drawFrame(0.3)), b = copy(r.drawFrame(0.6));
            String said = messages.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("none.onnx"), said);
            assertTrue(r.engine().link().feed(0) instanceof LatentStream s && s.keyframes() >= 5, "the previous latent still runs");
            assertTrue(meanAbsDiff(a, b) > 0.0005, "its picture still moves: " + meanAbsDiff(a, b));
        }
    }

    @Test
    void aBeatHandlerJumpsTheWalk() {
        // tempo 120: beat 2 falls at 1 s; one keyframe per frame at 10 frames/s, a slow walk.
        OfflineRender r = load("tempo 120\ndef g = latent('glass', seed: 6, size: 128, rate: 0.05)\nsrc(g).out(o0)\n"
                + "on.beat(2) { g.jump() }", new ByteArrayOutputStream());
        try (r) {
            r.engine().latents().keyframeRate(0);
            byte[][] f = new byte[14][];
            for (int k = 0; k < 14; k++) f[k] = copy(r.drawFrame(k / 10.0));
            double before = meanAbsDiff(f[5], f[6]);
            double largest = 0;
            for (int k = 8; k < 14; k++) largest = Math.max(largest, meanAbsDiff(f[k - 1], f[k]));
            assertTrue(largest > 5 * before, "the beat at 1 s jumps: step " + before + ", around the beat " + largest);
        }
    }
}
