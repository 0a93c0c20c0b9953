package latente.render;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audience's program window never shows the HUD; the performer's preview window does, and the
 * stage keys act from either window. On a virtual X display (Xvfb, which CI installs), in a child
 * JVM because DISPLAY is read from the environment.
 */
class StageWindowsUnderXvfbTest {
    @Test
    void theProgramWindowHasNoHudThePreviewHasItAndTheKeysAct() throws Exception {
        try (XvfbDisplay xvfb = XvfbDisplay.start("800x600x24")) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StageWindowsProbe.class.getName()).redirectErrorStream(true);
            pb.environment().put("DISPLAY", xvfb.display());
            pb.environment().remove("WAYLAND_DISPLAY");
            Process probe = pb.start();
            assertTrue(probe.waitFor(90, TimeUnit.SECONDS), "probe hung");
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, probe.exitValue(), out);

            assertEquals(0, count(out, "program", "white"), "no HUD pixel on the program output\n" + out);
            assertEquals(count(out, "program", "of"), count(out, "program", "green") + count(out, "program", "black"),
                    "the program window shows only the picture and its letterbox\n" + out);
            assertTrue(count(out, "program", "green") > 320 * 200, out);
            assertTrue(count(out, "preview", "white") > 50, "HUD text on the preview\n" + out);
            assertTrue(count(out, "preview", "green") > 5_000, "the picture on the preview\n" + out);

            Matcher alloc = Pattern.compile("presentAllocated=(\\d+)").matcher(out);
            assertTrue(alloc.find(), out);
            assertTrue(Long.parseLong(alloc.group(1)) < 16 * 1024,
                    "presenting both windows 300 times allocated " + alloc.group(1) + " bytes\n" + out);
            assertEquals(count(out, "blackout", "of"), count(out, "blackout", "black"), "B blacks the program out\n" + out);
            assertTrue(count(out, "lit", "green") > 320 * 200, "B again brings the picture back\n" + out);
            assertEquals(0, count(out, "hudHidden", "white"), "H hides the HUD\n" + out);
            assertTrue(out.contains("taps=2 sceneSteps=1"), "T and Space tap; Right, Right, Left step scenes\n" + out);
            assertTrue(out.contains("fullscreen=true size=800x600"), "F11 puts the program on the display\n" + out);
            assertEquals(0, count(out, "fullscreenProgram", "white"), "no HUD in fullscreen either\n" + out);

            assertTrue(count(out, "oneWindowed", "white") > 50, "one window (--no-preview), windowed: the HUD shows\n" + out);
            assertEquals(0, count(out, "oneFullscreen", "white"), "one window in fullscreen: no HUD for the audience\n" + out);
        }
    }

    private static int count(String out, String line, String key) {
        Matcher m = Pattern.compile("(?m)^" + line + " .*\\b" + key + "=(\\d+)").matcher(out);
        assertTrue(m.find(), "no " + key + " on the " + line + " line\n" + out);
        return Integer.parseInt(m.group(1));
    }
}
