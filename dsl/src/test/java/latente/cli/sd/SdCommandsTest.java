package latente.cli.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import latente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdCommandsTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        return Main.run(List.of(args), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    }

    @Test
    void missingDirectoryIsBadInputNamingIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "sd", "check", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("none: no such directory"), err.toString());
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(2, run(err2, "bench", "sd", dir.toString()));
        assertTrue(err2.toString().contains("text_encoder/model.onnx: missing"), err2.toString());
    }

    @Test
    void badOptionsAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "bench", "sd", dir.toString(), "--sizes", "60"));
        assertTrue(err.toString().contains("multiple of 8"), err.toString());
        assertEquals(2, run(new ByteArrayOutputStream(), "sd", "check"));
    }
}
