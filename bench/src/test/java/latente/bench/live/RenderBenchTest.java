package latente.bench.live;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import latente.cli.Main;
import org.junit.jupiter.api.Test;

/** The command runs every reference chain and prints a figure for each (tiny size, few frames). */
class RenderBenchTest {
    @Test
    void benchRenderPrintsOneLinePerChain() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("bench", "render", "--frames", "10", "--width", "64", "--height", "36"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text + err);
        for (String chain : List.of("simple", "medium", "heavy")) {
            assertTrue(text.lines().anyMatch(l -> l.matches(chain + "\\s+64x36(\\s+[0-9.]+){5}")), chain + " line missing:\n" + text);
        }
        assertTrue(text.contains("llvmpipe") || text.contains("OpenGL"), text);
        assertEquals(2, Main.run(List.of("bench", "render", "--chain", "nope"), new PrintStream(out), new PrintStream(err)));
    }
}
