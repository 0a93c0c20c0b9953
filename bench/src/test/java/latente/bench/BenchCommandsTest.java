package latente.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import latente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code latente bench ...} commands as a user types them: found by the command line through
 * the bench module's service entries, printing their figures in the documented shape.
 */
class BenchCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheBenchmarksAfterTheProductsCommands() {
        assertEquals(0, run("--help"), err.toString());
        String help = out();
        for (String name : new String[] {"bench render", "bench show", "bench abuse", "bench model", "bench sync"}) {
            assertTrue(help.contains(name), name + " in\n" + help);
        }
        assertTrue(help.indexOf("bench render") > help.indexOf("model build"), help);
    }

    @Test
    void benchModelPrintsTheTableForTheBuiltinModel() {
        String old = System.getProperty("latente.cache.dir");
        System.setProperty("latente.cache.dir", dir.toString());
        try {
            assertEquals(0, run("bench", "model", "--sizes", "32", "--steps", "1,2", "--frames", "1", "--threads", "1",
                    "--fidelity-seeds", "1", "--fidelity-sizes", "32"), err.toString());
            String table = out();
            assertTrue(table.matches("(?s).*\\n32²\\s+1\\s+[0-9.]+\\s+[0-9.]+.*\\n32²\\s+2\\s+[0-9.]+.*"), table);
            assertTrue(table.contains("32²: int8") && table.contains("fp32") && table.contains("resident"), table);
            assertTrue(table.contains("seam") && table.contains("largest/mean") && table.contains("fidelity"), table);
            assertTrue(table.matches("(?s).*\\n32²\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+.*"), "fidelity row: " + table);
        } finally {
            if (old == null) System.clearProperty("latente.cache.dir");
            else System.setProperty("latente.cache.dir", old);
        }
    }

    @Test
    void benchAudioPrintsHopCostAndLatency() {
        assertEquals(0, run("bench", "audio", "--seconds", "1"), err.toString());
        String text = out();
        assertTrue(Pattern.compile("audio hop .*mean [0-9,]+ ns.*p99 [0-9,]+ ns").matcher(text).find(), text);
        assertTrue(Pattern.compile("sample-to-bus latency .*mean [0-9,]+ ns, p99 [0-9,]+ ns").matcher(text).find(), text);
    }

    @Test
    void benchSdNamesWhatIsMissingAndRefusesBadSizes() {
        assertEquals(2, run("bench", "sd", dir.toString()));
        assertTrue(err.toString().contains("text_encoder/model.onnx: missing"), err.toString());
        assertEquals(2, run("bench", "sd", dir.toString(), "--sizes", "60"));
        assertTrue(err.toString().contains("multiple of 8"), err.toString());
    }

    @Test
    void benchSyncPrintsLatencyAndThroughput() {
        assertEquals(0, run("bench", "sync", "--samples", "200", "--burst", "2000"));
        String text = out();
        assertTrue(text.matches("(?s).*latency .*p50 [0-9.]+ us  p99 [0-9.]+ us.*"), text);
        assertTrue(text.matches("(?s).*burst of 2000 messages: received \\d+ .*dispatched \\d+.*"), text);
        assertEquals(2, run("bench", "sync", "--samples", "1"));
    }
}
