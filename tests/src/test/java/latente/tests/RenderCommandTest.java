package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's promise, end to end: a set file becomes a video, and a broken set says where. */
class RenderCommandTest {
    @TempDir
    Path tmp;

    @Test
    void firstLightRendersTwoSecondsOfH264() throws Exception {
        Path video = tmp.resolve("first-light.mp4");
        Cli.Result r = Cli.run("render", "sets/first-light.groovy", "--seconds", "2", "--out", video.toString(),
                "--width", "320", "--height", "180", "--fps", "30");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("60 frames"), r.out());
        Map<String, String> v = Ffprobe.videoStream(video);
        assertEquals("h264", v.get("codec_name"));
        assertEquals("yuv420p", v.get("pix_fmt"));
        assertEquals("320", v.get("width"));
        assertEquals("180", v.get("height"));
        assertEquals("60", v.get("nb_read_frames"));
        assertEquals("30/1", v.get("r_frame_rate"));
    }

    @Test
    void withoutFfmpegFramesBecomePngsAndTheJoinCommandIsPrinted() throws Exception {
        Path video = tmp.resolve("clip.mp4");
        Cli.Result r = Cli.run(Map.of("PATH", "/nonexistent"), "render", "sets/first-light.groovy",
                "--seconds", "0.2", "--out", video.toString(), "--width", "64", "--height", "36", "--fps", "10");
        assertEquals(0, r.exitCode(), r.err());
        Path frames = tmp.resolve("clip_frames");
        assertTrue(Files.exists(frames.resolve("frame_000001.png")));
        assertTrue(Files.exists(frames.resolve("frame_000002.png")));
        assertFalse(Files.exists(frames.resolve("frame_000003.png")));
        assertTrue(r.out().contains("ffmpeg -framerate 10.0 -i '" + frames + "/frame_%06d.png'"), r.out());
    }

    @Test
    void aTypoInASetNamesFileLineAndSuggestionAndExitsWith2() throws Exception {
        Path set = tmp.resolve("broken.groovy");
        Files.writeString(set, "// a set with a typo\ntempo 120\nosc(10).rotat(1).out(o0)\n");
        Cli.Result r = Cli.run("render", set.toString(), "--seconds", "1", "--out", tmp.resolve("x.mp4").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("broken.groovy:3:9: unknown function rotat() - did you mean rotate()?\n"
                + "    osc(10).rotat(1).out(o0)\n"
                + "            ^"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.mp4")));
    }

    @Test
    void aSyntaxErrorPointsAtLineAndColumnWithACaret() throws Exception {
        Path set = tmp.resolve("syntax.groovy");
        Files.writeString(set, "osc(10)\n  .rotate(0.5,\n  .out(o0)\n");
        Cli.Result r = Cli.run("render", set.toString(), "--seconds", "1", "--out", tmp.resolve("x.mp4").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("syntax.groovy:2:10: this '(' is never closed - a ')' is missing\n"
                + "      .rotate(0.5,\n"
                + "             ^"), r.err());
    }

    @Test
    void aMissingSetIsAClearMessageAndExit2() throws Exception {
        Cli.Result r = Cli.run("render", "sets/no-such-set.groovy", "--seconds", "1", "--out", tmp.resolve("x.mp4").toString());
        assertEquals(2, r.exitCode());
        assertEquals("set not found: sets/no-such-set.groovy", r.err().strip());
    }

    @Test
    void unknownOptionsAndCommandsExitWith2() throws Exception {
        assertEquals(2, Cli.run("render", "sets/first-light.groovy", "--sekonds", "1").exitCode());
        Cli.Result r = Cli.run("rendr");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown command 'rendr'"), r.err());
    }

    @Test
    void helpAndVersion() throws Exception {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("render"), help.out());
        assertEquals("latente 0.1.0", Cli.run("--version").out().strip());
    }
}
