package latente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import latente.render.gl.GlfwWindowContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code latente play} through the real command line, headless. */
class PlayCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int play(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("play"));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void playsASetHeadlessForSomeSeconds() {
        int code = play("../sets/first-light.groovy", "--headless", "--seconds", "1.5", "--width", "160", "--height", "90", "--port", "0");
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, o + err);
        assertTrue(o.contains("loaded first-light.groovy"), o);
        var m = java.util.regex.Pattern.compile("stopped after [0-9.]+ s: (\\d+) frames").matcher(o);
        assertTrue(m.find(), o);
        // Frames were drawn; how many depends on the machine's load, which a test must not assert.
        assertTrue(Integer.parseInt(m.group(1)) > 0, o);
    }

    @Test
    void withoutADisplayItSaysSoAndSuggestsRender() {
        Assumptions.assumeFalse(GlfwWindowContext.displayAvailable(), "a display exists here");
        assertEquals(1, play("../sets/first-light.groovy"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open."), e);
        assertTrue(e.contains("latente render ../sets/first-light.groovy --seconds 30 --out show.mp4"), e);
        assertTrue(e.contains("--headless"), e);
    }

    @Test
    void badInputIsAUsageError() {
        assertEquals(2, play("../sets/first-light.groovy", "--headless", "--port", "x"));
        assertEquals(2, play("../sets/nope.groovy", "--headless"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("set not found: ../sets/nope.groovy"));
    }

    @Test
    void bindingBeyondLocalhostWarnsAndRequiresAToken() throws Exception {
        int free;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            free = s.getLocalPort();
        }
        int code = play("../sets/first-light.groovy", "--headless", "--seconds", "0.5", "--width", "64", "--height", "36",
                "--port", String.valueOf(free), "--eval-bind", "0.0.0.0", "--eval-osc");
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, o + err);
        var token = java.util.regex.Pattern.compile("eval token \\(every request must carry it as '@token ([0-9a-f]{32})'\\)").matcher(o);
        assertTrue(token.find(), o);
        assertTrue(o.contains("WARNING: the eval port accepts code from the network at 0.0.0.0:" + free), o);
        assertTrue(o.contains("eval port: 0.0.0.0:" + free + " (token in "), o);
        assertTrue(o.contains("code over OSC /latente/eval is ON (token required)"), o);
    }

    @Test
    void editorsReachARunningShowAndRunawaySetsAreStopped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path set = dir.resolve("runaway.groovy");
        java.nio.file.Files.writeString(set, "osc(10).out(o0)\nwhile (true) { }\n");
        int free;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            free = s.getLocalPort();
        }
        int[] code = new int[1];
        Thread show = new Thread(() -> code[0] = play(set.toString(), "--headless", "--seconds", "6", "--width", "64",
                "--height", "36", "--port", String.valueOf(free), "--eval-limit", "0.5"));
        show.start();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        PrintStream r = new PrintStream(reply, true, StandardCharsets.UTF_8);
        long until = System.nanoTime() + 20_000_000_000L;
        int sent;
        do {
            Thread.sleep(200);
            reply.reset();
            System.setIn(new java.io.ByteArrayInputStream("noise(3).out(o1)\n".getBytes(StandardCharsets.UTF_8)));
            sent = Main.run(List.of("send", "--port", String.valueOf(free)), r, r);
        } while (sent != 0 && System.nanoTime() < until);
        System.setIn(new java.io.FileInputStream(java.io.FileDescriptor.in));
        assertEquals("ok\n", reply.toString(StandardCharsets.UTF_8));
        show.join();
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code[0], o + err);
        assertTrue(o.contains("runaway.groovy:2: evaluation stopped after 0.5 s (an endless loop?); the show goes on with the previous code"), o);
    }
}
