package latente.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code latente play} in a real pseudo-terminal (util-linux {@code script}), as a performer runs
 * it: keys typed here reach the REPL through the terminal's line discipline, so Ctrl-C is the
 * SIGINT the terminal sends to its foreground process group, not a character. Waits are for
 * text the show prints (readiness); the overall limit only turns a hang into a failure.
 */
final class PtyShow implements AutoCloseable {
    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(90);
    private final Process process;
    private final OutputStream keys;
    private final StringBuilder screen = new StringBuilder();
    private int read;
    private boolean closed;

    PtyShow(List<String> playArgs) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "latente.cli.Main", "play"));
        java.addAll(playArgs);
        // a terminal of a real size (script's pty has none when the tests have no terminal)
        StringBuilder line = new StringBuilder("stty cols 120 rows 40; exec ");
        for (String a : java) line.append('\'').append(a.replace("'", "'\\''")).append("' ");
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", line.toString(), "/dev/null").directory(Cli.ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        process = builder.start();
        keys = process.getOutputStream();
        Thread pump = new Thread(() -> copy(process.getInputStream()), "pty-screen");
        pump.setDaemon(true);
        pump.start();
    }

    private void copy(InputStream in) {
        byte[] b = new byte[4096];
        try {
            for (int n; (n = in.read(b)) > 0; ) {
                synchronized (screen) {
                    screen.append(new String(b, 0, n, StandardCharsets.UTF_8));
                    screen.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the terminal closed
        } finally {
            synchronized (screen) {
                closed = true;
                screen.notifyAll();
            }
        }
    }

    /** Types {@code text} (use "\r" for Enter, "\u0003" for Ctrl-C). */
    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until {@code text} appears after what earlier waits consumed; returns the screen up to it. */
    String await(String text) throws InterruptedException {
        long until = System.nanoTime() + LIMIT_NANOS;
        synchronized (screen) {
            while (true) {
                int at = screen.indexOf(text, read);
                if (at >= 0) {
                    String seen = screen.substring(read, at + text.length());
                    read = at + text.length();
                    return seen;
                }
                long left = until - System.nanoTime();
                if (closed || left <= 0) throw new AssertionError("'" + text + "' never appeared; the screen:\n" + screen);
                TimeUnit.NANOSECONDS.timedWait(screen, left);
            }
        }
    }

    /** The show's JVM: the one descendant of the terminal running latente.cli.Main. */
    long javaPid() {
        return process.descendants().filter(h -> h.info().commandLine().orElse("").contains("latente.cli.Main"))
                .findFirst().orElseThrow(() -> new AssertionError("no show process")).pid();
    }

    /** The ffmpeg processes the show started, once there are {@code count} of them (they start as the set loads). */
    List<ProcessHandle> ffmpegChildren(long javaPid, int count) throws InterruptedException {
        long until = System.nanoTime() + LIMIT_NANOS;
        while (true) {
            List<ProcessHandle> found = ProcessHandle.of(javaPid).orElseThrow().children()
                    .filter(h -> h.info().command().orElse("").endsWith("ffmpeg")).toList();
            if (found.size() >= count) return found;
            if (System.nanoTime() > until) throw new AssertionError("only " + found.size() + " ffmpeg children; the screen:\n" + screen());
            Thread.sleep(20); // polling the process table: no event announces a child
        }
    }

    String screen() {
        synchronized (screen) {
            return screen.toString();
        }
    }

    /** Waits for the show to end (after :quit). */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(3, TimeUnit.MINUTES)) throw new AssertionError("the show did not end; the screen:\n" + screen());
        return process.exitValue();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
