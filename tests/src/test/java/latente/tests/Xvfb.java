package latente.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A private X server for a show with a window. Xvfb picks a free display and writes its number
 * on stdout once it accepts connections ({@code -displayfd}): the show starts when the server is
 * ready, and two test runs never share a display.
 */
final class Xvfb implements AutoCloseable {
    private final Process process;
    final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    static Xvfb start() throws IOException {
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (number == null || number.isBlank()) {
            p.destroy();
            throw new IllegalStateException("Xvfb exited before it was ready (is the xvfb package installed?)");
        }
        return new Xvfb(p, ":" + number.trim());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
