package latente.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live show in a real terminal, as a performer meets it: Ctrl-C in the REPL drops the block
 * being typed and nothing else (the recording and the ffmpeg behind a video source keep going),
 * and {@code :hush} blacks the picture out (a snap after it is black, not the frozen last frame).
 */
class StageTerminalTest {
    @TempDir
    Path dir;

    private List<String> play(Path set, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(set.toString(), "--headless", "--width", "64", "--height", "36",
                "--fps", "30", "--port", "0", "--no-osc"));
        args.addAll(List.of(more));
        return args;
    }

    /** Field 5 of /proc/PID/stat: the process group (after the command name in parentheses). */
    private static long processGroup(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[2]);
    }

    @Test
    void ctrlCDropsTheBlockAndKeepsTheRecordingAndVideoSourceRunning() throws Exception {
        Files.copy(Cli.ROOT.resolve("examples/media/clip.mov"), dir.resolve("clip.mov"));
        Path set = dir.resolve("stage.groovy");
        Files.writeString(set, "s1.initVideo('clip.mov')\nsrc(s1).out(o0)\n");
        Path video = dir.resolve("show.mkv");
        try (PtyShow show = new PtyShow(play(set, "--record", video.toString()))) {
            show.await("recording to " + video);
            show.await("latente> ");
            long java = show.javaPid();
            List<ProcessHandle> ffmpegs = show.ffmpegChildren(java, 2);
            for (ProcessHandle f : ffmpegs) {
                assertNotEquals(processGroup(java), processGroup(f.pid()),
                        "ffmpeg " + f.info().commandLine().orElse("") + " shares the terminal's process group");
            }
            show.type("osc(10).kal");
            show.type("\u0003");
            show.await("(Ctrl-C drops the block; :quit leaves)");
            for (ProcessHandle f : ffmpegs) assertTrue(f.isAlive(), "ffmpeg ended by Ctrl-C: " + f.info().commandLine().orElse(""));
            show.type(":record stop\r");
            show.await("recorded ");
            String summary = show.await("latente> ");
            assertFalse(summary.contains("ffmpeg"), "the recording's ffmpeg took the Ctrl-C: " + summary);
            assertFalse(summary.contains("stopped early"), summary);
            show.type(":quit\r");
            assertEquals(0, show.exitCode(), show.screen());
            assertFalse(show.screen().contains("ffmpeg stopped"), show.screen());
        }
        assertTrue(Integer.parseInt(Ffprobe.videoStream(video).get("nb_read_frames")) > 0);
    }

    @Test
    void hushBlacksOutAndASnapAfterItIsBlack() throws Exception {
        Path set = dir.resolve("red.groovy");
        Files.writeString(set, "solid(1, 0, 0).out(o0)\n");
        Path red = dir.resolve("red.png");
        Path black = dir.resolve("black.png");
        try (PtyShow show = new PtyShow(play(set))) {
            show.await("latente> ");
            show.type(":snap " + red + "\r");
            show.await("snap: wrote " + red);
            show.type(":hush\r");
            show.await("hushed");
            show.type(":snap " + black + "\r");
            show.await("snap: wrote " + black);
            show.type("solid(0, 0, 1).out(o1)\rrender(o1)\r\r");
            show.await("ok");
            show.type("hush()\r\r");
            show.await("ok");
            show.type(":snap " + dir.resolve("black2.png") + "\r");
            show.await("snap: wrote " + dir.resolve("black2.png"));
            show.type(":quit\r");
            assertEquals(0, show.exitCode(), show.screen());
        }
        assertEquals(0xff0000, centre(red));
        assertEquals(0x000000, centre(black), "after :hush the picture is black");
        assertEquals(0x000000, centre(dir.resolve("black2.png")), "after hush() the picture is black");
    }

    private static int centre(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(image.getWidth() / 2, image.getHeight() / 2) & 0xffffff;
    }
}
