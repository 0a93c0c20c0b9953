package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import latente.dsl.engine.OfflineRender;
import latente.dsl.engine.SetFile;
import latente.dsl.show.EvalResult;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in examples/ evaluates and draws headless: no evaluation error, no message from
 * a live value or a source, and something other than black on screen within the first second.
 */
class ExamplesRenderTest {
    static final Path EXAMPLES = findExamples();
    static OfflineRender render;
    static final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    static Path findExamples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        return p.resolve("examples");
    }

    @BeforeAll
    static void open() {
        render = Shows.offline(160, 90, new PrintStream(messages, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void close() {
        render.close();
    }

    @TestFactory
    List<DynamicTest> everyExampleRendersHeadless() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".groovy")).sorted().forEach(f ->
                    tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> renders(f))));
        }
        assertFalse(tests.isEmpty(), "no examples in " + EXAMPLES);
        return tests;
    }

    static void renders(Path file) throws Exception {
        messages.reset();
        EvalResult result = render.load(SetFile.read(file.toString()));
        assertTrue(result.ok(), result.error());
        int[] frame = {0};
        // Draws until a pixel is lit: a video source shows black until its decoder delivers the
        // first frame, which takes as long as the machine needs (the limit only catches a hang).
        Await.until(() -> lit(render.drawFrame(frame[0]++ * 0.2)), () -> "the picture stayed black for " + frame[0] + " frames:\n"
                + messages.toString(StandardCharsets.UTF_8));
        String said = messages.toString(StandardCharsets.UTF_8);
        // A failing closure or source says "(keeping its last value)" / "(keeping the last frame)";
        // other notes (e.g. a word that only acts in the live show) are fine offline.
        assertFalse(said.contains("(keeping"), "a live value or source failed:\n" + said);
    }

    private static boolean lit(ByteBuffer px) {
        for (int i = 0; i < px.capacity(); i += 4) if ((px.get(i) | px.get(i + 1) | px.get(i + 2)) != 0) return true;
        return false;
    }
}
