package latente.dsl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latente.dsl.engine.Engine;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import latente.runtime.scene.Call;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the REPL through a real JLine terminal fed with key presses (an xterm over piped
 * streams): tab completion, multi-line blocks sent by an empty line or Alt-Enter, commands and
 * the history file.
 */
class ReplTerminalTest {
    @TempDir
    Path dir;

    private record Session(Engine engine, String screen) {}

    private Session type(String keys) throws Exception {
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // The keyboard stays open while the REPL runs (as a real one does): after the last key it
        // blocks until closed, which happens when the REPL has quit, or after two minutes so that a broken
        // REPL fails the test instead of hanging it.
        Keyboard in = new Keyboard(keys.getBytes(StandardCharsets.UTF_8));
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(120_000); // a bound on a hang, not an expectation
                in.close();
            } catch (InterruptedException ignored) {
                // the test finished first
            }
        });
        guard.setDaemon(true);
        guard.start();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
                .streams(in, screen).size(new org.jline.terminal.Size(120, 40)).build()) {
            new Repl(engine, terminal, dir.resolve("state/history")).run();
            // JLine may run the REPL on a real pty whose output is copied to `screen` by a pump
            // thread: wait until that copy has caught up, i.e. shows the REPL's echo of the last
            // key line (every session ends with :quit), before closing the terminal. Only an echo
            // after the first prompt counts: on a busy machine the pty may echo the typed-ahead
            // keys (":quit" included) before the REPL has taken the terminal over.
            terminal.flush();
            Await.until(() -> echoedAfterPrompt(plain(screen), "quit"), () -> plain(screen));
        } finally {
            guard.interrupt();
            in.close();
        }
        return new Session(engine, plain(screen));
    }

    private static boolean echoedAfterPrompt(String screen, String text) {
        int prompt = screen.indexOf("latente> ");
        return prompt >= 0 && screen.indexOf(text, prompt) >= 0;
    }

    /** The screen's text without terminal escape sequences. */
    private static String plain(ByteArrayOutputStream screen) {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b(\\[[0-9;?]*[A-Za-z]|[=>])", "");
    }

    /** Key presses, then silence until closed. */
    private static final class Keyboard extends java.io.InputStream {
        private final byte[] keys;
        private int next;
        private boolean closed;

        Keyboard(byte[] keys) {
            this.keys = keys;
        }

        @Override
        public synchronized int read() {
            while (next >= keys.length && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    return -1;
                }
            }
            return next < keys.length ? keys[next++] & 0xff : -1;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            int first = read();
            if (first < 0) return -1;
            b[off] = (byte) first;
            int n = 1;
            while (n < len && next < keys.length) b[off + n++] = keys[next++];
            return n;
        }

        @Override
        public synchronized int available() {
            return keys.length - next;
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }
    }

    private static List<String> calls(Engine e, int output) {
        return e.scene().output(output).calls().stream().map(Call::name).toList();
    }

    @Test
    void tabCompletesAVocabularyWordAndAnEmptyLineSendsTheBlock() throws Exception {
        Session s = type("osc(10).kal\t3).out(o1)\r\r:quit\r");
        assertEquals(List.of("osc", "kaleid"), calls(s.engine(), 1));
        assertTrue(s.screen().contains("ok"), s.screen());
    }

    @Test
    void tabListsCandidatesWithArgumentNamesAndDefaults() throws Exception {
        Session s = type("osc().co\tlor(1, 0, 0).out(o2)\r\r:quit\r");
        assertEquals(List.of("osc", "color"), calls(s.engine(), 2));
        assertTrue(s.screen().contains("contrast(amount = 1.6)"), s.screen());
        assertTrue(s.screen().contains("color(r = 1, g = 1, b = 1, a = 1)"), s.screen());
    }

    @Test
    void aBlockSpansLinesUntilAnEmptyLineOrAltEnter() throws Exception {
        Session s = type("noise(3)\r  .kaleid(4)\r  .out(o2)\r\rshape(4)\r  .out(o3)\u001b\r:quit\r");
        assertEquals(List.of("noise", "kaleid"), calls(s.engine(), 2));
        assertEquals(List.of("shape"), calls(s.engine(), 3));
    }

    @Test
    void commandsAndErrorsAndHistory() throws Exception {
        Session s = type(":tempo 133\rosc(1).rotat(2).out(o0)\r\r:help kaleid\r:record\r:scene\r:quit\r");
        assertEquals(133, s.engine().bpm());
        assertTrue(s.screen().contains("repl:1:8: unknown function rotat() - did you mean rotate()?"), s.screen());
        assertTrue(s.screen().contains("kaleid(nSides = 4)"), s.screen());
        assertTrue(s.screen().contains("recording is for the live show (latente play)"), s.screen());
        assertTrue(s.screen().contains("this set defines no scenes"), s.screen());
        String history = Files.readString(dir.resolve("state/history"));
        assertTrue(history.contains(":tempo 133"), history);
        assertTrue(history.contains("rotat(2)"), history);
    }
}
