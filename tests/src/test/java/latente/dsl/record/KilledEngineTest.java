package latente.dsl.record;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import latente.runtime.record.MediaInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the engine's JVM mid-recording: the Matroska file still decodes up to the kill. The
 * kill comes once the file holds a second of video (not after a fixed sleep), so a slow machine
 * only makes the test longer.
 */
class KilledEngineTest {
    @TempDir
    Path dir;

    @Test
    void aRecordingSurvivesItsEngineBeingKilled() throws Exception {
        Path video = dir.resolve("killed.mkv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long launched = System.nanoTime();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), video.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        long ffmpegPid;
        long killed;
        long before;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line = out.readLine();
            assertNotNull(line, "the child started recording: " + Files.readString(dir.resolve("child.err")));
            assertTrue(line.startsWith("recording "), line);
            ffmpegPid = Long.parseLong(line.substring("recording ".length()).strip());
            before = awaitDecodable(video, 30, child);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            killed = System.nanoTime();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        // ffmpeg sees its input end and closes the file; it was never told to stop.
        ProcessHandle ffmpeg = ProcessHandle.of(ffmpegPid).orElse(null);
        if (ffmpeg != null) ffmpeg.onExit().get(60, TimeUnit.SECONDS);
        long frames = MediaInfo.decodableFrames(video);
        MediaInfo info = MediaInfo.probe(video);
        assertTrue(frames >= before, "every frame that was in the file before the kill still decodes: " + frames + " < " + before);
        // Frames are stamped with the show's clock, which started after the child was launched: a
        // video longer than the child's whole life (plus its last frame) has time after the kill.
        double lived = (killed - launched) / 1e9;
        assertTrue(info.video().duration() <= lived + 1.0 / 30, "nothing after the kill: " + info.video().duration() + " s of a " + lived + " s life");
    }

    /**
     * Waits until the growing file holds at least {@code n} decodable frames and returns how many
     * it holds. ffmpeg writes each frame out as it encodes it; no event announces one, so the file
     * is looked at a few times a second. The limit only turns a hang into a failure.
     */
    private static long awaitDecodable(Path video, long n, Process child) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            assertTrue(child.isAlive(), "the recording child died before it recorded " + n + " frames");
            long frames = 0;
            if (Files.exists(video)) {
                try {
                    frames = MediaInfo.decodableFrames(video);
                } catch (java.io.IOException e) {
                    // the header is not written yet: ffprobe cannot read the file
                }
            }
            if (frames >= n) return frames;
            if (System.nanoTime() > end) throw new AssertionError("only " + frames + " frames decodable after 5 minutes");
            Thread.sleep(200); // a polling interval, not a guess of how long encoding takes
        }
    }
}
