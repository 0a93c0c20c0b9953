package latente.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live show keeps drawing while shaders it no longer uses are deleted. The set draws red, then
 * blue from the first beat handler on; each handler run offers a new scene, so the compile thread
 * deletes the programs of the scenes before in its context while the render thread draws, and
 * the render thread deletes red's in its own. When the two contexts shared programs, a deletion
 * in one freed driver state the other still used (Mesa llvmpipe): the stage's next draw crashed
 * the JVM. {@code MALLOC_PERTURB_} makes glibc fill freed memory with garbage at once, so such a
 * use after free crashes every time (it did, 3 runs of 3, with the shared contexts); the compile
 * thread's context now shares nothing.
 */
class RetiredShaderTest {
    static final int W = 32;
    static final int H = 18;

    @TempDir
    Path tmp;

    @Test
    void theStageKeepsDrawingAfterAShaderItNoLongerUsesIsDeleted() throws Exception {
        playRedThenBlue(Map.of("MALLOC_PERTURB_", "165"), "--headless");
    }

    /** The same in a window (Xvfb): the compile thread's context is then a hidden GLFW window's. */
    @Test
    void aWindowShowDrawsTheSceneItsCompileThreadPrepared() throws Exception {
        try (Xvfb x = Xvfb.start()) {
            playRedThenBlue(Map.of("MALLOC_PERTURB_", "165", "DISPLAY", x.display));
        }
    }

    private void playRedThenBlue(Map<String, String> env, String... extra) throws Exception {
        Path set = tmp.resolve("retire.groovy");
        Files.writeString(set, """
                tempo 120
                solid(1, 0.2, 0).out(o0)
                on.beat(4) { solid(0, 0.2, 1).out(o0) }
                """);
        Path video = tmp.resolve("show.mkv");
        List<String> args = new java.util.ArrayList<>(List.of("play", set.toString(), "--seconds", "3", "--port", "0", "--no-osc",
                "--width", "" + W, "--height", "" + H, "--fps", "30", "--record", video.toString(), "--record-format", "lossless",
                "--resolution", W + "x" + H));
        args.addAll(List.of(extra));
        Cli.Result played = Cli.run(env, args.toArray(new String[0]));
        String said = played.out() + played.err();
        assertEquals(0, played.exitCode(), said);
        assertTrue(said.contains("stopped after"), "the show ran to its end: " + said);
        List<byte[]> frames = Media.frames(video, W, H);
        byte[] last = frames.get(frames.size() - 1);
        assertEquals(0, last[0] & 0xff, "the last picture is blue: the stage kept drawing");
        assertEquals(255, last[2] & 0xff, "the last picture is blue: the stage kept drawing");
    }
}
