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
        // Frames at their own times, at most one per 1/30 s slot: at most 30 a second plus a closing copy.
        double seconds = Media.duration(video, "v");
        Map<String, Double> stop = Media.recordStop(tmp.resolve("show.log.jsonl"));
        assertTrue(stop.get("end") >= 3, "recorded through the 3 s of the show: " + stop);
        assertEquals(stop.get("end") - stop.get("first"), seconds, 1 / 30.0, "the video lasts from its first frame to the stop");
        assertTrue(frames >= 2 && frames <= Math.round(seconds * 30) + 2, frames + " frames in " + seconds + " s");
        String log = Files.readString(tmp.resolve("show.log.jsonl"));
        assertTrue(log.contains("first-light.groovy"), log);
    }
}
