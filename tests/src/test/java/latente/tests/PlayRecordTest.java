package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latente play --record}: a live headless show leaves a playable video and its performance log. */
class PlayRecordTest {
    @TempDir
    Path tmp;

    @Test
    void aLiveShowRecordsVideoAndLog() throws Exception {
        Path video = tmp.resolve("show.mkv");
        Cli.Result r = Cli.run("play", "sets/first-light.groovy", "--headless", "--seconds", "3", "--port", "0",
                "--width", "320", "--height", "180", "--fps", "30", "--record", video.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("recording to " + video), r.out());
        assertTrue(r.out().matches("(?s).*recorded \\d+ frames, dropped \\d+.*"), r.out());
        Map<String, String> v = Ffprobe.videoStream(video);
        assertEquals("h264", v.get("codec_name"));
        assertEquals("320", v.get("width"));
        int frames = Integer.parseInt(v.get("nb_read_frames"));
        // Constant frame rate tied to the wall clock: at least the show's 3 s at 30 fps. How much
        // longer it runs (starting, stopping) depends on the machine's load, so there is no upper bound.
        assertEquals("30/1", v.get("r_frame_rate"));
        assertTrue(frames >= 75, "at least 3 s at 30 fps, got " + frames + "\n" + r.out());
        System.out.println("play --record: " + frames + " frames for a 3 s show; " + r.out().lines().filter(l -> l.startsWith("recorded")).findFirst().orElse(""));
        String log = Files.readString(tmp.resolve("show.log.jsonl"));
        assertTrue(log.contains("first-light.groovy"), log);
    }
}
