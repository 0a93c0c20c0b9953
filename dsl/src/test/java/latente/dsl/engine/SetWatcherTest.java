package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch}: every save is evaluated; a broken save is reported and the old scene runs on. */
class SetWatcherTest {
    @TempDir
    Path dir;

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (!condition.getAsBoolean() && System.nanoTime() < until) Thread.sleep(20);
        assertTrue(condition.getAsBoolean());
    }

    private static String source(Engine e) {
        return e.scene().output(0) == null ? null : e.scene().output(0).calls().get(0).name();
    }

    @Test
    void reloadsOnSaveAndSurvivesErrors() throws Exception {
        Path set = dir.resolve("live.groovy");
        Files.writeString(set, "osc(10).out(o0)\n");
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        assertTrue(engine.load(SetFile.read(set.toString())).ok());
        List<String> messages = new CopyOnWriteArrayList<>();
        try (SetWatcher watcher = new SetWatcher(engine, set, messages::add).start()) {
            Files.writeString(set, "noise(4).out(o0)\n");
            waitUntil(() -> "noise".equals(source(engine)));
            Files.writeString(set, "shape(4).out(o0)\nshape(3).colr(1).out(o1)\n");
            waitUntil(() -> messages.stream().anyMatch(m -> m.contains("colr")));
            assertEquals("noise", source(engine), "the broken save changed nothing");
            assertTrue(messages.contains("live.groovy:2:10: unknown function colr() - did you mean color()?\n"
                    + "    shape(3).colr(1).out(o1)\n             ^\n(the previous version keeps running)"), messages.toString());
            Files.writeString(set, "shape(4).out(o0)\n");
            waitUntil(() -> "shape".equals(source(engine)));
            assertEquals(List.of("reloaded live.groovy"), messages.stream().filter(m -> m.startsWith("reloaded")).distinct().toList());
        }
    }
}
