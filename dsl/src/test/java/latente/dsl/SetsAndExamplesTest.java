package latente.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import latente.dsl.engine.OfflineRender;
import latente.dsl.engine.SetFile;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Every set and example evaluates through the real evaluator, its shaders compile on a real
 * (headless) GL context, it draws frames without a closure failing, and every scene it defines
 * can be cued.
 */
class SetsAndExamplesTest {
    static List<Path> scripts() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("../sets", "../examples")) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".groovy")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void everySetAndExampleEvaluatesDrawsAndCues() throws Exception {
        List<Path> scripts = scripts();
        assertTrue(scripts.stream().filter(p -> p.startsWith("../sets")).count() >= 2, "sets/ holds at least two sets: " + scripts);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (OfflineRender r = Shows.offline(96, 54, new PrintStream(log, true, StandardCharsets.UTF_8))) {
            for (Path p : scripts) {
                EvalResult loaded = r.load(SetFile.read(p.toString()));
                assertTrue(loaded.ok(), p + ": " + loaded.error());
                for (int k = 0; k < 5; k++) r.drawFrame(k / 30.0);
                for (String scene : r.engine().sceneNames()) {
                    EvalResult cued = r.engine().cue(scene);
                    assertTrue(cued.ok(), p + " scene " + scene + ": " + cued.error());
                    for (int k = 5; k < 8; k++) r.drawFrame(k / 30.0);
                }
                assertFalse(log.toString(StandardCharsets.UTF_8).contains(p.getFileName().toString()),
                        "no closure of " + p + " failed: " + log);
            }
        }
    }
}
