package latente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SetFile;
import latente.dsl.show.EvalResult;
import latente.dsl.port.EvalGate;
import latente.dsl.port.EvalPort;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * A set's top-level {@code def} stays defined for the blocks an editor sends later, as in Hydra
 * and Strudel: first-light's drop scene and its beat handler, sent on their own with
 * {@code latente send --file ... --line N}, find {@code garden}.
 */
class TopLevelNamesTest {
    private static final String SET = "../sets/first-light.groovy";
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final Engine engine = Shows.engine(new PrintStream(messages, true, StandardCharsets.UTF_8));

    private String send(EvalPort port, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> all = new java.util.ArrayList<>(List.of("send", "--port", String.valueOf(port.port())));
        all.addAll(List.of(args));
        int code = Main.run(all, o, o);
        String reply = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, reply);
        return reply;
    }

    private static int lineOf(String code, String text) {
        List<String> lines = code.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in the set");
    }

    @Test
    void blocksSentFromTheSetFileSeeItsTopLevelNames() throws Exception {
        SetFile set = SetFile.read(SET);
        assertTrue(engine.load(set).ok());
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0,
                new PrintStream(new ByteArrayOutputStream()))) {
            assertEquals("ok\n", send(port, "--file", SET, "--line", String.valueOf(lineOf(set.code(), "src(garden).invert()"))));
            assertEquals("ok\n", send(port, "--cue", "drop"));
            assertEquals(List.of("src", "invert", "pixelate", "diff"),
                    engine.scene().output(0).calls().stream().map(latente.runtime.scene.Call::name).toList());
            assertEquals("ok\n", send(port, "--file", SET, "--line", String.valueOf(lineOf(set.code(), "on.beat(8)"))));
            for (int step = 0; step <= 20; step++) engine.advance(step / 4.0); // 5 s at 124 BPM: past beat 8, the handler fires
            String printed = messages.toString(StandardCharsets.UTF_8);
            // (the model's own progress line, when its cache is cold, names builtin:garden too)
            assertFalse(printed.contains("unknown name 'garden'") || printed.contains("No such property: garden"), printed);
            assertFalse(printed.contains("Exception"), printed);
            engine.evaluateBlock("on.beat(8) { nowhere.jump() }", "repl"); // the same handler with a name nothing defines
            for (int step = 21; step <= 40; step++) engine.advance(step / 4.0); // on to beat 16
            assertTrue(messages.toString(StandardCharsets.UTF_8).contains("No such property: nowhere"), "handlers did fire");
        }
    }

    @Test
    void aFailedBlockLeavesTheNamesAsTheyWere() {
        assertTrue(engine.evaluateBlock("def stripes = osc(10)", "repl").ok());
        Object before = engine.evaluateBlock("stripes", "repl").value();
        EvalResult failed = engine.evaluateBlock("def stripes = noise(3)\ndef extra = 1\nosc(1).rotat(2).out(o0)", "repl");
        assertFalse(failed.ok());
        assertEquals(before, engine.evaluateBlock("stripes", "repl").value());
        assertTrue(engine.evaluateBlock("extra", "repl").error().contains("unknown name 'extra'"));
    }

    @Test
    void aTopLevelNameMayNotHideAWord() {
        EvalResult r = engine.evaluateBlock("osc(10).out(o0)\ndef time = 3", "repl");
        assertFalse(r.ok());
        assertTrue(r.error().startsWith("repl:2:5: time is a word of the language"), r.error());
        assertNotNull(engine.evaluateBlock("time", "repl").value());
        assertTrue(engine.evaluateBlock("if (true) { def time = 3 }\ndef local = { def beat = 2; beat }\nlocal()", "repl").ok(),
                "a def inside a block or closure stays local");
    }
}
