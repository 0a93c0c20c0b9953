package latente.render;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The stage window path: a GLFW window on a virtual X display (Xvfb, which CI installs) shows
 * the final frame scaled to the window. The window lives in a child JVM because DISPLAY is read
 * from the process environment.
 */
class WindowUnderXvfbTest {
    @Test
    void aWindowShowsTheChainScaledToItsSize() throws Exception {
        try (XvfbDisplay xvfb = XvfbDisplay.start("320x240x24")) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WindowProbe.class.getName()).redirectErrorStream(true);
            pb.environment().put("DISPLAY", xvfb.display());
            pb.environment().remove("WAYLAND_DISPLAY");
            Process probe = pb.start();
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "window probe hung");
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, probe.exitValue(), out);
            assertTrue(out.contains("GLFW window, OpenGL"), out);
            assertTrue(out.strip().endsWith("0 255 0"), out);
        }
    }
}
