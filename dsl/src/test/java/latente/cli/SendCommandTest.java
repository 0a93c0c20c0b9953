package latente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latente.dsl.engine.Engine;
import latente.dsl.port.EvalGate;
import latente.dsl.port.EvalPort;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latente send}: the block around the cursor line, over real TCP, with file line numbers. */
class SendCommandTest {
    @TempDir
    Path dir;

    @Test
    void sendsTheBlockAroundALineAndReportsErrorsAtFileLines() throws Exception {
        Path file = dir.resolve("edit.groovy");
        Files.writeString(file, "osc(10).out(o0)\n\nnoise(3)\n  .kaleid(4)\n  .out(o1)\n\nshape(3)\n  .rotat(1)\n  .out(o2)\n");
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        try (EvalPort port = EvalPort.start(new EvalGate(engine, "t0k", false), InetAddress.getLoopbackAddress(), 0,
                new PrintStream(new ByteArrayOutputStream()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            String p = String.valueOf(port.port());
            assertEquals(0, Main.run(List.of("send", "--port", p, "--token", "t0k", "--file", file.toString(), "--line", "4"), o, o));
            assertEquals("ok\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(null, engine.scene().output(0), "only the block around line 4 was sent");
            assertEquals("kaleid", engine.scene().output(1).calls().get(1).name());
            out.reset();
            assertEquals(1, Main.run(List.of("send", "--port", p, "--token", "t0k", "--file", file.toString(), "--line", "9"), o, o));
            assertEquals("edit.groovy:8:4: unknown function rotat() - did you mean rotate()?\n      .rotat(1)\n       ^\n",
                    out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aWholeSetSentFromItsFileResolvesAssetsBesideIt() throws Exception {
        Path file = dir.resolve("whole.groovy");
        Files.writeString(file, "picture = asset('img/moss.png')\nosc().out(o2)\n");
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0,
                new PrintStream(new ByteArrayOutputStream()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            assertEquals(0, Main.run(List.of("send", "--port", String.valueOf(port.port()), "--file", file.toString(), "--set"), o, o));
            assertEquals(dir.toAbsolutePath().resolve("img/moss.png").toString(), engine.evaluateBlock("picture", "repl").value());
        }
    }

    @Test
    void sendFindsTheTokenTheShowLeftOnThisMachine() throws Exception {
        System.setProperty("latente.runtimeDir", dir.resolve("run").toString());
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        try (EvalPort port = EvalPort.start(new EvalGate(engine, "only-mine", false), InetAddress.getLoopbackAddress(), 0,
                new PrintStream(new ByteArrayOutputStream()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            Path file = dir.resolve("block.groovy");
            Files.writeString(file, "shape(3).out(o3)\n");
            List<String> send = List.of("send", "--port", String.valueOf(port.port()), "--file", file.toString(), "--line", "1");
            assertEquals(1, Main.run(send, o, o), "no token anywhere: refused");
            assertEquals("refused: this engine needs a token (send a line '@token TOKEN' first)\n", out.toString(StandardCharsets.UTF_8));
            port.publishToken(latente.dsl.port.TokenFile.forPort(port.port()), "only-mine");
            out.reset();
            assertEquals(0, Main.run(send, o, o), out.toString(StandardCharsets.UTF_8));
            assertEquals("shape", engine.scene().output(3).calls().get(0).name());
        } finally {
            System.clearProperty("latente.runtimeDir");
        }
    }
}
