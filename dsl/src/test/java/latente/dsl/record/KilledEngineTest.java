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

/** kill -9 of the engine's JVM mid-recording: the Matroska file still decodes up to near the kill. */
class KilledEngineTest {
    @TempDir
    Path dir;

    @Test
    void aRecordingSurvivesItsEngineBeingKilled() throws Exception {
        Path video = dir.resolve("killed.mkv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), video.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        long ffmpegPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line = out.readLine();
            assertNotNull(line, "the child started recording: " + Files.readString(dir.resolve("child.err")));
            assertTrue(line.startsWith("recording "), line);
            ffmpegPid = Long.parseLong(line.substring("recording ".length()).strip());
            Thread.sleep(2500);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        // ffmpeg sees its input end and closes the file; it was never told to stop.
        ProcessHandle ffmpeg = ProcessHandle.of(ffmpegPid).orElse(null);
        if (ffmpeg != null) ffmpeg.onExit().get(30, TimeUnit.SECONDS);
        long frames = MediaInfo.decodableFrames(video);
        MediaInfo info = MediaInfo.probe(video);
        assertTrue(frames >= 30, "at least a second of the 2.5 s before the kill decodes, got " + frames + " frames");
        assertTrue(info.video().duration() <= 4.0, "nothing after the kill: " + info.video().duration() + " s");
    }
}
