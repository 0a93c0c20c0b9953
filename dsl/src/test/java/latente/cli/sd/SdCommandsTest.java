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
    }

    @Test
    void badOptionsAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "sd", "check"));
    }
}
