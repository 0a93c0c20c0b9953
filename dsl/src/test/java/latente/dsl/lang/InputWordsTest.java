package latente.dsl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.audio.offline.DrumSynth;
import latente.audio.offline.WavWriter;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input words in offline renders (frame k at k/fps, no wall clock): patterns, signals,
 * lists, audio and beat handlers change what is drawn, checked on real pixels.
 */
class InputWordsTest {
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final OfflineRender r = Shows.offline(16, 16, new PrintStream(messages, true, StandardCharsets.UTF_8));

    @AfterEach
    void close() {
        r.close();
    }

    private void set(String code) {
        EvalResult result = r.engine().evaluateSet(code, "set.groovy");
        assertTrue(result.ok(), result.error());
    }

    /** The red channel (0..255) of the centre pixel at {@code seconds}. */
    private int red(double seconds) {
        ByteBuffer f = r.drawFrame(seconds);
        return f.get((8 * 16 + 8) * 4) & 0xff;
    }

    @Test
    void aMiniNotationArgumentStepsOncePerBar() {
        set("tempo 120\nsolid('<1 0 0.5>', 0, 0).out(o0)");   // a bar of 4 beats lasts 2 s
        assertEquals(255, red(0.5), "bar 0 plays 1");
        assertEquals(0, red(2.5), "bar 1 plays 0");
        assertEquals(128, red(4.5), 1.5, "bar 2 plays 0.5");
        assertEquals(255, red(6.5), "bar 3 starts the cycle again");
    }

    @Test
    void aPatternWithCombinatorsIsALiveArgument() {
        set("tempo 120\nmeter 2\nsolid(pattern('0 1').fast(2), 0, 0).out(o0)");   // a bar of 2 beats: 1 s; four steps per bar
        assertEquals(0, red(0.1));
        assertEquals(255, red(0.35));
        assertEquals(0, red(0.6));
        assertEquals(255, red(0.85));
    }

    @Test
    void signalsAndHydraListsStepWithTheBeat() {
        set("tempo 60\nsolid(square(), [0, 1].fast(2), saw().range(0, 0.5)).out(o0)");   // a beat lasts 1 s
        ByteBuffer early = r.drawFrame(0.2);
        assertEquals(0, early.get(0) & 0xff, "square is 0 in the first half of the beat");
        assertEquals(0, early.get(1) & 0xff, "first list value for half a beat");
        assertEquals(26, early.get(2) & 0xff, 1.5, "saw at 0.2 of the beat, ranged to 0..0.5");
        ByteBuffer late = r.drawFrame(0.7);
        assertEquals(255, late.get(0) & 0xff);
        assertEquals(255, late.get(1) & 0xff);
    }

    @Test
    void onBeatFiresOncePerBeatsAndEveryNBeats() {
        set("tempo 120\nbeats = 0\nbars = 0\non.beat { beats++ }\non.beat(4) { bars++ }\nsolid(0).out(o0)");
        for (int k = 0; k <= 240; k++) r.drawFrame(k / 30.0);   // 8 s at 120 BPM: beats 1..16 crossed
        assertEquals(16, r.engine().evaluateBlock("beats", "repl").value());
        assertEquals(4, r.engine().evaluateBlock("bars", "repl").value());
    }

    @Test
    void aThrowingHandlerIsReportedOnceAndTheShowGoesOn() {
        set("tempo 120\non.beat { throw new RuntimeException('boom') }\nsolid(1, 0, 0).out(o0)");
        for (int k = 0; k <= 120; k++) assertEquals(255, red(k / 30.0));
        String log = messages.toString(StandardCharsets.UTF_8);
        assertEquals(1, log.split("boom", -1).length - 1, log);
    }

    @Test
    void aWholeSetReplacesTheHandlersOfThePreviousOne() {
        set("tempo 120\nn = 0\non.beat { n++ }\nsolid(0).out(o0)");
        set("tempo 120\nsolid(0).out(o0)");
        for (int k = 0; k <= 60; k++) r.drawFrame(k / 30.0);
        assertEquals(0, r.engine().evaluateBlock("n", "repl").value());
        assertEquals(0, r.engine().inputs().handlers().size());
    }

    @Test
    void anEnvelopeFiresOnEachBeat() {
        set("tempo 60\nsolid(env('beat', 0, 0.5), 0, 0).out(o0)");
        red(0.0);
        assertTrue(red(1.05) > 200, "just after beat 1");
        assertEquals(0, red(1.7), "decayed before the next beat");
    }

    @Test
    void anAudioFileDrivesAudioBassIntoTheShaderOffline(@TempDir Path dir) throws Exception {
        DrumSynth drums = new DrumSynth(44100, 6);
        for (double t = 0.5; t < 2.6; t += 0.5) drums.kick(t, 0.9);
        WavWriter.write(dir.resolve("kicks.wav"), drums.samples(), 44100, 1);
        Files.writeString(dir.resolve("set.groovy"), "audio.input 'kicks.wav'\nsolid(audio.bass, { a.fft[0] }, 0).out(o0)\n");
        assertTrue(r.load(latente.dsl.engine.SetFile.read(dir.resolve("set.groovy").toString())).ok());
        int loud = -1;
        for (int k = 0; k <= 61; k++) loud = red(k / 30.0);   // ends at 2.03 s: just after the kick at 2.0 s
        int silent = 0;
        for (int k = 62; k <= 150; k++) silent = red(k / 30.0);   // 5 s: two and a half seconds after the last kick
        assertTrue(loud > 150, "a kick drives audio.bass up: " + loud);
        assertTrue(silent < 10, "silence brings it back down: " + silent);
        assertFalse(messages.toString(StandardCharsets.UTF_8).contains("set.groovy"), messages.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTempoChangeKeepsTheBeatContinuousAndBarsFollowTheMeter() {
        set("tempo 120\nmeter 3\nsolid(0).out(o0)");
        r.drawFrame(0);
        r.drawFrame(1.0);
        assertEquals(2.0, r.engine().beat(), 1e-9, "two beats in a second at 120 BPM");
        assertTrue(r.engine().evaluateBlock("tempo 60", "repl").ok());
        r.drawFrame(1.0);
        assertEquals(2.0, r.engine().beat(), 1e-9, "no jump at the change");
        r.drawFrame(2.0);
        assertEquals(3.0, r.engine().beat(), 1e-9, "one beat per second from there");
        assertEquals(1, r.engine().bar(), "bars of 3 beats");
        assertEquals(r.engine().phase(), ((Number) r.engine().evaluateBlock("phase", "repl").value()).doubleValue(), 1e-9);
    }

    @Test
    void theClockFollowsTheTempoTheAudioTrackerHears(@TempDir Path dir) throws Exception {
        DrumSynth drums = new DrumSynth(44100, 14).play(132, 14);
        WavWriter.write(dir.resolve("drums.wav"), drums.samples(), 44100, 1);
        Files.writeString(dir.resolve("set.groovy"), "tempo 100\naudio.input 'drums.wav'\nsync 'audio'\nsolid(0).out(o0)\n");
        assertTrue(r.load(latente.dsl.engine.SetFile.read(dir.resolve("set.groovy").toString())).ok());
        double beatAt10 = 0;
        for (int k = 0; k <= 12 * 30; k++) {
            r.drawFrame(k / 30.0);
            if (k == 10 * 30) beatAt10 = r.engine().beat();
        }
        assertEquals(132, r.engine().bpm(), 132 * 0.03, "the clock took the heard tempo");
        assertEquals(132 / 30.0, r.engine().beat() - beatAt10, 0.25, "two seconds of beats at the heard tempo");
    }

    @Test
    void recvWithoutOscIsItsDefaultInClosuresAndArguments() {
        set("def level = recv('/fader/9', 0.5)\nsolid(level, { level * 2 }, 0).out(o0)");
        ByteBuffer f = r.drawFrame(0);
        assertEquals(128, f.get(0) & 0xff, 1.5);
        assertEquals(255, f.get(1) & 0xff);
    }

    @Test
    void aTextThatIsNotANumericPatternIsALanguageError() {
        EvalResult bad = r.engine().evaluateSet("solid('moss ember').out(o0)", "set.groovy");
        assertFalse(bad.ok());
        assertTrue(bad.error().contains("a text argument is a pattern of numbers"), bad.error());
        EvalResult broken = r.engine().evaluateSet("osc('<1 2').out(o0)", "set.groovy");
        assertTrue(broken.error().contains("column"), broken.error());
    }
}
