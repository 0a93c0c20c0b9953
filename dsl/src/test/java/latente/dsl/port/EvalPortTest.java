package latente.dsl.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import latente.dsl.engine.Engine;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/** Round trips over real TCP on loopback, the token rule, and the OSC gate. */
class EvalPortTest {
    private final Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));

    /** Sends {@code request} and reads one reply up to its "." line. */
    private static String exchange(Socket s, String request) throws Exception {
        Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
        w.write(request);
        w.flush();
        BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder reply = new StringBuilder();
        for (String line; (line = r.readLine()) != null; ) {
            reply.append(line).append('\n');
            if (line.equals(".")) break;
        }
        return reply.toString();
    }

    @Test
    void aBlockGoesInAndOkOrTheErrorComesBack() throws Exception {
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0, System.err);
             Socket s = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
            assertEquals("ok\n.\n", exchange(s, "osc(10)\n  .kaleid(4)\n  .out(o1)\n.\n"));
            assertEquals("osc", engine.scene().output(1).calls().get(0).name());
            assertEquals("error\nedit.groovy:2:4: unknown function rotat() - did you mean rotate()?\n      .rotat(1)\n       ^\n.\n",
                    exchange(s, "@name edit.groovy\nnoise(3)\n  .rotat(1)\n  .out(o2)\n.\n"));
            assertEquals(null, engine.scene().output(2), "the failing block changed nothing");
            assertEquals("ok\n.\n", exchange(s, "@set\nnoise(2).out(o0)\n.\n"), "@set replaces the whole scene");
            assertEquals(null, engine.scene().output(1));
        }
    }

    @Test
    void cuesAndDotStuffing() throws Exception {
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0, System.err);
             Socket s = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
            assertEquals("ok\n.\n", exchange(s, "@set\nscene('drop') {\n  shape(3)\n..kaleid(2).out(o0)\n}\n.\n"));
            assertEquals("ok\n.\n", exchange(s, "@cue drop\n.\n"));
            assertEquals("shape", engine.scene().output(0).calls().get(0).name());
            assertEquals("kaleid", engine.scene().output(0).calls().get(1).name(), "'..kaleid' arrived as '.kaleid'");
            assertEquals("error\nno scene named 'calm'; scenes: drop\n.\n", exchange(s, "@cue calm\n.\n"));
        }
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        String token = EvalGate.generateToken();
        assertEquals(32, token.length());
        try (EvalPort port = EvalPort.start(new EvalGate(engine, token, false), InetAddress.getLoopbackAddress(), 0, System.err);
             Socket s = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
            assertEquals("error\nrefused: this engine needs a token (send a line '@token TOKEN' first)\n.\n",
                    exchange(s, "osc().out(o3)\n.\n"));
            assertEquals("error\nrefused: wrong token\n.\n", exchange(s, "@token 1234\nosc().out(o3)\n.\n"));
            assertEquals(null, engine.scene().output(3));
            assertEquals("ok\n.\n", exchange(s, "@token " + token + "\nosc().out(o3)\n.\n"));
            assertTrue(engine.scene().output(3) != null);
        }
    }

    @Test
    void theEndOfTheConnectionEndsABlockToo() throws Exception {
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0, System.err);
             Socket s = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
            s.getOutputStream().write("tempo 97\n".getBytes(StandardCharsets.UTF_8));
            s.shutdownOutput();
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ok", r.readLine());
            assertEquals(97, engine.bpm());
        }
    }

    @Test
    void codeOverOscIsOffByDefaultAndNeedsTheTokenWhenOn() {
        EvalGate closed = new EvalGate(engine, null, false);
        assertEquals("code over OSC is off; start the show with --eval-osc to accept it",
                closed.evaluateFromOsc(null, "tempo 100").error());
        EvalGate open = new EvalGate(engine, "secret", true);
        assertEquals("refused: wrong token", open.evaluateFromOsc("guess", "tempo 100").error());
        assertEquals(120, engine.bpm());
        assertTrue(open.evaluateFromOsc("secret", "tempo 100").ok());
        assertEquals(100, engine.bpm());
    }

    @Test
    void anEndlessLineIsRefusedWithoutFillingMemory() throws Exception {
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0, System.err);
             Socket s = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
            StringBuilder huge = new StringBuilder("// ");
            huge.append("x".repeat(EvalProtocol.MAX_BLOCK_CHARS + 10)).append("\r\n.\n");
            assertEquals("error\nblock larger than 1048576 characters; not evaluated\n.\n", exchange(s, huge.toString()));
            assertEquals("ok\n.\n", exchange(s, "tempo 99\r\n.\r\n"), "the connection still works; CRLF is fine");
            assertEquals(99, engine.bpm());
        }
    }

    @Test
    void anIdleOrDrippingConnectionIsDroppedSoItCannotHoldASlot() throws Exception {
        try (EvalPort port = EvalPort.start(new EvalGate(engine, null, false), InetAddress.getLoopbackAddress(), 0, System.err, 300);
             Socket idle = new Socket(InetAddress.getLoopbackAddress(), port.port());
             Socket dripping = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
            dripping.getOutputStream().write("osc(".getBytes(StandardCharsets.UTF_8));
            dripping.getOutputStream().flush();
            assertEquals(-1, idle.getInputStream().read(), "the port hung up on the idle client");
            assertEquals(-1, dripping.getInputStream().read(), "and on the one that never finished its request");
            try (Socket next = new Socket(InetAddress.getLoopbackAddress(), port.port())) {
                assertEquals("ok\n.\n", exchange(next, "osc().out(o2)\n.\n"), "a working request is answered at once");
            }
        }
    }

    @Test
    void theTokenFileIsReadableByTheUserOnlyAndGoesWithThePort(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        System.setProperty("latente.runtimeDir", dir.resolve("run").toString());
        try {
            TokenFile file;
            try (EvalPort port = EvalPort.start(new EvalGate(engine, "t0k3n", false), InetAddress.getLoopbackAddress(), 0, System.err)) {
                file = TokenFile.forPort(port.port());
                port.publishToken(file, "t0k3n");
                assertEquals("t0k3n", file.read());
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(file.path())));
                assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(file.path().getParent())));
            }
            assertEquals(null, file.read(), "removed when the port closes");
        } finally {
            System.clearProperty("latente.runtimeDir");
        }
    }
}
