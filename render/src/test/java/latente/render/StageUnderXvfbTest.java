package latente.render;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The stage window on a virtual X display: the final frame is letterboxed into the window, the
 * HUD is drawn on top, and a resize changes the letterboxing while the outputs keep drawing at
 * their own size. The window lives in a child JVM because DISPLAY is read from the environment.
 */
class StageUnderXvfbTest {
    @Test
    void theStageLetterboxesShowsTheHudAndSurvivesAResize() throws Exception {
        XvfbDisplay xvfb;
        try {
            xvfb = XvfbDisplay.start("800x600x24");
        } catch (java.io.IOException e) {
            Assumptions.abort("Xvfb is not installed");
            return;
        }
        try (xvfb) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StageProbe.class.getName()).redirectErrorStream(true);
            pb.environment().put("DISPLAY", xvfb.display());
            pb.environment().remove("WAYLAND_DISPLAY");
            Process probe = pb.start();
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "stage probe hung");
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, probe.exitValue(), out);
            assertTrue(out.contains("size=320,240,0"), out);
            assertTrue(out.contains("bar=0,0,0"), "black bar below a 2:1 picture in a 4:3 window\n" + out);
            assertTrue(out.contains("middle=0,255,0"), out);
            assertTrue(out.contains("resized=480,240,0"), out);
            assertTrue(out.contains("resizedCorner=0,255,0"), "a 2:1 window is filled by the picture\n" + out);
            assertTrue(out.contains("outputs=64,32,0"), "the outputs keep their size\n" + out);
            int white = Integer.parseInt(out.lines().filter(l -> l.startsWith("hudWhite=")).findFirst().orElseThrow()
                    .substring(9).split(",")[0]);
            assertTrue(white > 50, "HUD text in the window's top-left: " + white + "\n" + out);
        }
    }
}
