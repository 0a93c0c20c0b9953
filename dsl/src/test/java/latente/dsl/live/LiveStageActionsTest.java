package latente.dsl.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SetFile;
import latente.dsl.wiring.Shows;
import latente.render.stage.StageToggles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The next/previous scene keys step through the set's scenes on the cue thread, wrapping around. */
class LiveStageActionsTest {
    @TempDir
    Path dir;

    @Test
    void sceneKeysStepThroughTheSetsScenes() throws Exception {
        Path set = dir.resolve("scenes.groovy");
        Files.writeString(set, """
                solid(0, 0, 0).out(o0)
                render(o0)
                scene('intro') { solid(1, 0, 0).out(o0) }
                scene('verse') { solid(0, 1, 0).out(o0) }
                scene('drop') { solid(0, 0, 1).out(o0) }
                """);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        Engine engine = Shows.engine(new PrintStream(messages, true));
        assertTrue(engine.load(SetFile.read(set.toString())).ok());
        StageToggles none = new StageToggles() {
            @Override public void toggleBlackout() { }
            @Override public void toggleHud() { }
            @Override public void toggleFullscreen() { }
        };
        LiveStageActions keys = new LiveStageActions(engine, none);
        keys.scene(+1);
        assertEquals("intro", awaitScene(engine, "intro"), () -> messages + " / scenes " + engine.sceneNames() + " / error " + engine.lastError());
        keys.scene(+1);
        assertEquals("verse", awaitScene(engine, "verse"));
        keys.scene(-1);
        assertEquals("intro", awaitScene(engine, "intro"));
        keys.scene(-1);
        assertEquals("drop", awaitScene(engine, "drop"), "previous from the first scene wraps to the last");
    }

    @Test
    void theNextSceneFollowsOneTheSetCuedItself() throws Exception {
        Path set = dir.resolve("cued.groovy");
        Files.writeString(set, """
                scene('intro') { solid(1, 0, 0).out(o0) }
                scene('verse') { solid(0, 1, 0).out(o0) }
                scene('drop') { solid(0, 0, 1).out(o0) }
                render(o0)
                cue 'verse'
                """);
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        assertTrue(engine.load(SetFile.read(set.toString())).ok());
        assertEquals("verse", engine.currentScene());
        StageToggles none = new StageToggles() {
            @Override public void toggleBlackout() { }
            @Override public void toggleHud() { }
            @Override public void toggleFullscreen() { }
        };
        new LiveStageActions(engine, none).scene(+1);
        assertEquals("drop", awaitScene(engine, "drop"));
    }

    /** Waits (up to 10 s, for a loaded machine) for the cue thread to have switched to {@code want}. */
    private static String awaitScene(Engine engine, String want) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (!want.equals(engine.currentScene()) && System.nanoTime() < until) Thread.sleep(5);
        return engine.currentScene();
    }
}
