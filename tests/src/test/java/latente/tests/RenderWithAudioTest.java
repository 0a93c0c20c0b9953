package latente.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latente render SET --audio FILE}: the set reacts to the track and the track is in the video. */
class RenderWithAudioTest {
    @TempDir
    Path tmp;

    @Test
    void theAudioReactiveExampleRendersWithItsTrackMuxed() throws Exception {
        Path video = tmp.resolve("audio-reactive.mp4");
        Cli.Result r = Cli.run("render", "examples/audio-reactive.groovy", "--audio", "examples/assets/drums-120.wav",
                "--seconds", "2", "--out", video.toString(), "--width", "160", "--height", "90", "--fps", "15");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("30 frames"), r.out());
        Map<String, String> v = Ffprobe.videoStream(video);
        assertEquals("30", v.get("nb_read_frames"));
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_type",
                "-of", "default=noprint_wrappers=1:nokey=1", video.toString()).redirectErrorStream(true).start();
        String audio = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        assertEquals("audio", audio, "the track is muxed into the video");
    }
}
