package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code latente bench show} plays a set live and prints the audience's figures; {@code --resolution}
 * pins the outputs' size (the figures themselves depend on the machine and are not asserted).
 */
class BenchShowTest {
    @TempDir
    Path tmp;

    @Test
    void printsDisplayedFpsFrameTimeScaleModelAndDrops() throws Exception {
        Path set = tmp.resolve("bench.groovy");
        Files.writeString(set, "osc(12, 0.05, 1.2).kaleid(5).out(o0)\n");
        Cli.Result r = Cli.run("bench", "show", set.toString(), "--headless", "--seconds", "1", "--warmup", "0",
                "--width", "64", "--height", "36", "--fps", "30", "--resolution", "32x18");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        String out = r.out();
        Matcher shown = Pattern.compile("displayed: ([0-9.]+) fps mean, ([0-9.]+) fps 1% low, frame time p99 ([0-9.]+) ms \\((\\d+) frames").matcher(out);
        assertTrue(shown.find(), out);
        assertTrue(Integer.parseInt(shown.group(4)) > 0, "frames were shown: " + out);
        assertTrue(Double.parseDouble(shown.group(1)) >= Double.parseDouble(shown.group(2)), "the 1% low is not above the mean: " + out);
        assertTrue(out.contains("render scale now 0.50 (outputs 32x18)"), "--resolution pinned the outputs: " + out);
        assertTrue(out.matches("(?s).*model: [0-9.]+ keyframes/s.*"), out);
        assertTrue(out.contains("recording: 0 frames dropped"), out);
    }

    @Test
    void aResolutionLargerThanThePictureIsAUsageError() throws Exception {
        Cli.Result r = Cli.run("play", "sets/first-light.groovy", "--headless", "--seconds", "1", "--resolution", "4000x3000");
        assertNotEquals(0, r.exitCode());
        assertTrue((r.out() + r.err()).contains("--resolution is auto or WxH no larger than the picture (1280x720)"), r.out() + r.err());
    }
}
