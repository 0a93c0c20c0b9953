package latente.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A private Xvfb server for a window test. Xvfb picks a free display itself and writes its number
 * on stdout once it accepts connections ({@code -displayfd}), so the test starts its window when
 * the server is ready, not after a guessed pause, and two test runs never fight over a display.
 */
final class XvfbDisplay implements AutoCloseable {
    private final Process process;
    private final String display;

    private XvfbDisplay(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Starts Xvfb with one screen of {@code geometry} (e.g. "320x240x24"); throws IOException if it is not installed. */
    static XvfbDisplay start(String geometry) throws IOException {
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", geometry, "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader ready = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String number = ready.readLine(); // blocks until the server is ready, or null if it exited
        if (number == null || number.isBlank()) {
            p.destroy();
            throw new IllegalStateException("Xvfb exited before it was ready");
        }
        return new XvfbDisplay(p, ":" + number.trim());
    }

    /** The DISPLAY value, such as ":1". */
    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
