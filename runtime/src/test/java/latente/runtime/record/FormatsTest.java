package latente.runtime.record;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each preset makes the file it promises, in a container that survives a kill. */
class FormatsTest {
    @TempDir
    Path dir;
    final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true);

    private MediaInfo record(RecordingSettings s) throws Exception {
        Recorder r = Recorder.start(s, RecorderTest.ffmpeg(), out, 0);
        for (long k = 0; k < 10; k++) Frames.offer(r, 0, k, Frames.PERIOD_30);
        r.endAt(10 * Frames.PERIOD_30);
        String summary = r.stop();
        assertTrue(summary.startsWith("recorded 10 frames, dropped 0"), summary);
        assertEquals(10, MediaInfo.decodableFrames(s.out()));
        return MediaInfo.probe(s.out());
    }

    @Test
    void proresGoesInAMovAndLosslessIsFfv1() throws Exception {
        RecordingSettings base = RecordingSettings.h264(dir.resolve("a.mov"), 64, 36, 30);
        RecordingSettings prores = base.withFormat(VideoFormat.PRORES);
        assertTrue(prores.out().toString().endsWith("a.mov"));
        assertEquals("prores", record(prores).video().codec());
        RecordingSettings lossless = RecordingSettings.h264(dir.resolve("b.mkv"), 64, 36, 30).withFormat(VideoFormat.LOSSLESS);
        assertEquals("ffv1", record(lossless).video().codec());
    }

    @Test
    void mp4IsFragmentedSoItNeedsNoIndexAtTheEnd() throws Exception {
        RecordingSettings s = RecordingSettings.h264(dir.resolve("c.mp4"), 64, 36, 30).withQuality(30);
        assertTrue(FfmpegCommand.record("ffmpeg", s).contains("+frag_keyframe+empty_moov+delay_moov+default_base_moof"));
        assertEquals("h264", record(s).video().codec());
    }

    @Test
    void theQualityReachesTheEncoder() {
        RecordingSettings s = RecordingSettings.h264(dir.resolve("d.mkv"), 64, 36, 30).withQuality(12);
        String cmd = String.join(" ", FfmpegCommand.record("ffmpeg", s));
        assertTrue(cmd.contains("-c:v libx264 -preset veryfast -crf 12 -pix_fmt yuv420p"), cmd);
        assertThrows(IllegalArgumentException.class, () -> s.withQuality(60));
    }
}
