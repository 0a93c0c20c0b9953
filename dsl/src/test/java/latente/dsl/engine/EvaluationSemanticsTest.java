package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.Test;

/** What an evaluation changes: only what it names, everything or nothing. */
class EvaluationSemanticsTest {
    private final Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));

    private static List<String> names(Chain c) {
        return c.calls().stream().map(latente.runtime.scene.Call::name).toList();
    }

    @Test
    void aBlockChangesOnlyWhatItNames() {
        assertTrue(engine.evaluateSet("osc(10).out(o0)\nnoise(3).out(o1)\nrender(o1)", "set").ok());
        Chain o0 = engine.scene().output(0);
        assertTrue(engine.evaluateBlock("shape(4).kaleid(3).out(o1)", "repl").ok());
        assertSame(o0, engine.scene().output(0), "o0 untouched");
        assertEquals(List.of("shape", "kaleid"), names(engine.scene().output(1)));
        assertEquals(1, engine.scene().shown(), "render(o1) still holds");
    }

    @Test
    void aWholeSetReplacesTheScene() {
        assertTrue(engine.evaluateSet("osc(10).out(o0)\nnoise(3).out(o2)", "a").ok());
        assertTrue(engine.evaluateSet("shape(3).out(o1)\nrender(o1)", "b").ok());
        assertNull(engine.scene().output(0));
        assertNull(engine.scene().output(2));
        assertEquals(List.of("shape"), names(engine.scene().output(1)));
    }

    @Test
    void tempoChangesTheTempoOnlyWhenTheBlockSucceeds() {
        assertTrue(engine.evaluateBlock("tempo 130", "repl").ok());
        assertEquals(130, engine.bpm());
        EvalResult r = engine.evaluateBlock("tempo 90\nosc(10).rotat(1).out(o0)", "repl");
        assertFalse(r.ok());
        assertEquals(130, engine.bpm(), "a failing block changes nothing, tempo included");
        assertNull(engine.scene().output(0));
    }

    @Test
    void aFailingBlockKeepsTheOldScene() {
        assertTrue(engine.evaluateSet("osc(10).out(o0)", "set").ok());
        Scene before = engine.scene();
        assertFalse(engine.evaluateBlock("noise(3).out(o1)\nosc(10).out(o0", "repl").ok());
        assertFalse(engine.evaluateBlock("noise(3).out(o1)\nthrow new RuntimeException('boom')", "repl").ok());
        assertSame(before, engine.scene());
        assertNotNull(engine.lastError());
        assertTrue(engine.evaluateBlock("noise(3).out(o1)", "repl").ok());
        assertNull(engine.lastError(), "a good evaluation clears the HUD's error");
    }

    @Test
    void aShaderTheInstallerRefusesKeepsTheOldScene() {
        engine.installer(scene -> {
            if (scene.output(2) != null) throw new Exception("o2: shader compile failed: 0:1(1): error");
        });
        assertTrue(engine.evaluateSet("osc(10).out(o0)\ntempo 100", "set").ok());
        Scene before = engine.scene();
        EvalResult r = engine.evaluateBlock("tempo 140\nnoise().out(o2)", "repl");
        assertEquals("o2: shader compile failed: 0:1(1): error", r.error());
        assertSame(before, engine.scene());
        assertEquals(100, engine.bpm());
    }

    @Test
    void scenesAreCuedFromCodeAndFromOtherThreads() throws Exception {
        String set = """
                osc(10).out(o0)
                noise(2).out(o1)
                scene('drop') {
                    shape(4).invert().out(o0)
                    tempo 140
                }
                scene('calm') { solid(0, 0, 1).out(o0) }
                """;
        assertTrue(engine.evaluateSet(set, "set.groovy").ok());
        assertEquals(List.of("drop", "calm"), engine.sceneNames());
        assertEquals(List.of("osc"), names(engine.scene().output(0)), "defining a scene does not run it");
        Thread osc = new Thread(() -> assertTrue(engine.cue("drop").ok()));
        osc.start();
        osc.join();
        assertEquals(List.of("shape", "invert"), names(engine.scene().output(0)));
        assertEquals(List.of("noise"), names(engine.scene().output(1)), "a cue changes what its scene names");
        assertEquals(140, engine.bpm());
        assertTrue(engine.evaluateBlock("cue 'calm'", "repl").ok());
        assertEquals(List.of("solid"), names(engine.scene().output(0)));
        EvalResult unknown = engine.cue("dorp");
        assertEquals("no scene named 'dorp'; scenes: drop, calm", unknown.error());
    }

    @Test
    void aSceneBodyErrorPointsAtItsSetLine() {
        assertTrue(engine.evaluateSet("scene('x') {\n  osc(3).kaleid(4)\n    .rotat(1).out(o0)\n}", "night.groovy").ok());
        EvalResult r = engine.cue("x");
        assertEquals("night.groovy:3:6: unknown function rotat() - did you mean rotate()?\n        .rotat(1).out(o0)\n         ^",
                r.error());
    }

    @Test
    void assetsResolveAgainstTheSetFolder() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("latente-set");
        Path file = dir.resolve("show.groovy");
        java.nio.file.Files.writeString(file, "x = asset('img/moss.png')\nosc().out()");
        assertTrue(engine.load(SetFile.read(file.toString())).ok());
        assertEquals(dir.resolve("img/moss.png").toAbsolutePath().toString(),
                engine.evaluateBlock("asset('img/moss.png')", "repl").value());
    }

    @Test
    void replVariablesPersistBetweenBlocks() {
        assertTrue(engine.evaluateBlock("stripes = osc(20).kaleid(3)", "repl").ok());
        assertTrue(engine.evaluateBlock("stripes.rotate(0.5).out(o3)", "repl").ok());
        assertEquals(List.of("osc", "kaleid", "rotate"), names(engine.scene().output(3)));
    }

    @Test
    void mathWithoutPrefixAndClockAssignments() {
        EvalResult r = engine.evaluateBlock("bpm = 128\nspeed = 0.5\nosc(10).rotate({ sin(time) + cos(beat) }).out(o0)\nabs(-2)", "repl");
        assertTrue(r.ok(), r.error());
        assertEquals(2, ((Number) r.value()).intValue());
        assertEquals(128, engine.bpm());
        assertEquals(0.5, engine.speed());
        engine.advance(0);
        engine.advance(2);
        assertEquals(1.0, engine.time(), 1e-9, "time runs at speed");
        int slot = engine.scene().controls().get(0).slot();
        assertEquals(Math.sin(1.0) + Math.cos(2 * 128 / 60.0), engine.bus().get(slot), 1e-9);
    }

    @Test
    void anEndlessClosureCannotHangAnOfflineRenderEither() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Engine offline = Shows.engine(new PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        latente.dsl.testing.Calls.COUNT.set(0);
        assertTrue(offline.evaluateBlock("\nosc({ latente.dsl.testing.Calls.COUNT.incrementAndGet(); while (true) { }; 1 }).out(o0)", "set.groovy").ok());
        offline.advance(0);
        offline.advance(1 / 30.0);
        offline.advance(2 / 30.0);
        assertEquals(1, latente.dsl.testing.Calls.COUNT.get(), "stopped once at its 2 s limit, then skipped");
        assertEquals("set.groovy:2 osc() argument 1: ran longer than 2000 ms (an endless loop?) and was stopped;"
                + " it keeps its last value until you evaluate it again\n", log.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
