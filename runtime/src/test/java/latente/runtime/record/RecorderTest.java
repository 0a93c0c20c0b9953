package latente.runtime.record;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder with the real ffmpeg: frames at their own times, drops, failures, fallbacks. */
class RecorderTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(messages, true);

    static String ffmpeg() {
        String f = Ffmpeg.find("ffmpeg");
        assertNotNull(f, "these tests need ffmpeg on the PATH");
        return f;
    }

    @Test
    void aFrameTheShowHeldLongerLastsLongerInsteadOfBeingRepeated() throws Exception {
        Path file = dir.resolve("gaps.mkv");
        Recorder r = Recorder.start(RecordingSettings.h264(file, 64, 36, 30), ffmpeg(), out, 0);
        for (long k = 0; k < 60; k++) {
            if (k >= 10 && k < 13) continue; // the show skipped three frame times
            Frames.offer(r, 0, k, Frames.PERIOD_30);
        }
        r.endAt(60 * Frames.PERIOD_30);
        String summary = r.stop();
        assertTrue(summary.startsWith("recorded 57 frames, dropped 0 (57 distinct, 2.0 s"), summary);
        assertTrue(summary.contains("variable rate"), summary);
        assertEquals(57, MediaInfo.decodableFrames(file), "no frame is repeated");
        MediaInfo info = MediaInfo.probe(file);
        assertEquals(2.0, info.video().duration(), 0.002, "the video lasts as long as the show");
        assertFalse(Files.exists(dir.resolve("gaps.mkv.ffmpeg.log")), "a clean finish leaves no ffmpeg log");
    }

    @Test
    void theLastFrameLastsUntilTheEndOfTheRecording() throws Exception {
        Path file = dir.resolve("held.mkv");
        Recorder r = Recorder.start(RecordingSettings.h264(file, 64, 36, 30), ffmpeg(), out, 0);
        for (long k = 0; k < 15; k++) Frames.offer(r, 0, k, Frames.PERIOD_30);
        r.endAt(45 * Frames.PERIOD_30); // the show stopped a second after its last new frame
        String summary = r.stop();
        assertEquals(16, MediaInfo.decodableFrames(file), "15 frames and one closing copy: " + summary);
        assertEquals(1.5, MediaInfo.probe(file).video().duration(), 0.002, summary);
    }

    @Test
    void aRecordingAtHalfTheShowRateTakesEveryOtherFrame() throws Exception {
        Path file = dir.resolve("half.mkv");
        Recorder r = Recorder.start(RecordingSettings.h264(file, 64, 36, 30), ffmpeg(), out, 0);
        int taken = 0;
        for (long k = 0; k < 60; k++) if (Frames.offer(r, 0, k, Frames.PERIOD_30 / 2)) taken++;
        r.endAt(30 * Frames.PERIOD_30);
        String summary = r.stop();
        assertEquals(30, taken);
        assertTrue(summary.startsWith("recorded 30 frames, dropped 0 (30 distinct, 1.0 s"), summary);
    }

    @Test
    void anEmptyPoolDropsAtOnceInsteadOfWaiting() throws Exception {
        Recorder r = Recorder.start(RecordingSettings.h264(dir.resolve("pool.mkv"), 64, 36, 30), ffmpeg(), out, 0);
        List<PooledFrame> held = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PooledFrame f = r.claim();
            if (f != null) held.add(f);
        }
        assertNull(r.claim(), "with every buffer taken, claim answers null at once (the frame is dropped)");
        assertEquals(30, held.size(), "a preallocated pool of about a second of frames");
        held.forEach(r::release);
        assertNotNull(r.claim(), "released buffers come back");
        r.stop();
    }

    @Test
    void anUnwritablePathIsOneClearMessage() {
        Path blocker = dir.resolve("not-a-folder");
        IOException e = assertThrows(IOException.class, () -> {
            Files.writeString(blocker, "a file where a folder should be");
            Recorder.start(RecordingSettings.h264(blocker.resolve("show.mkv"), 64, 36, 30), ffmpeg(), out, 0);
        });
        assertTrue(e.getMessage().startsWith("cannot record to " + blocker.resolve("show.mkv")), e.getMessage());
    }

    @Test
    void ffmpegKilledMidRecordingStopsWithAMessageAndTheFileStillPlays() throws Exception {
        Path file = dir.resolve("killed.mkv");
        Recorder r = Recorder.start(RecordingSettings.h264(file, 160, 90, 30), ffmpeg(), out, 0);
        long k = 0;
        for (; k < 60; k++) Frames.offer(r, 0, k, Frames.PERIOD_30);
        // Kill once ffmpeg has written 20 frames out (not after a guessed pause): those must survive.
        long deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (decodable(file) < 20 && System.nanoTime() < deadline) { // no event announces a written frame
            Frames.offer(r, 0, k++, Frames.PERIOD_30); // the encoder's lookahead holds frames until more come
            Thread.sleep(50);
        }
        r.encoderProcess().destroyForcibly();
        r.encoderProcess().onExit().get();
        deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (r.failure() == null && System.nanoTime() < deadline) {
            Frames.offer(r, 0, k++, Frames.PERIOD_30); // the show goes on offering frames
            Thread.sleep(20);
        }
        assertNotNull(r.failure(), "the writer noticed ffmpeg died");
        assertFalse(r.wants(k * Frames.PERIOD_30 + 1), "after the failure the render thread's calls are no-ops");
        assertNull(r.claim());
        assertTrue(messages.toString().contains("record: recording stopped: ffmpeg"), messages.toString());
        assertTrue(messages.toString().contains("stays playable"), messages.toString());
        String summary = r.stop();
        assertTrue(summary.contains("stopped early"), summary);
        long decoded = MediaInfo.decodableFrames(file);
        assertTrue(decoded >= 20, "the 20 frames written before the kill still decode, decoded " + decoded);
    }

    /** Frames ffprobe decodes in a file ffmpeg is still writing; 0 while it cannot read it yet. */
    private static long decodable(Path file) {
        try {
            return Files.exists(file) ? MediaInfo.decodableFrames(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void aFullDiskStopsTheRecordingWithTheReason() throws Exception {
        Path full = Files.createSymbolicLink(dir.resolve("full.mkv"), Path.of("/dev/full")); // every write: ENOSPC
        Recorder r = Recorder.start(RecordingSettings.h264(full, 160, 90, 30), ffmpeg(), out, 0);
        long deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        for (long k = 0; r.failure() == null && System.nanoTime() < deadline; k++) {
            Frames.offer(r, 0, k, Frames.PERIOD_30);
            Thread.sleep(5);
        }
        assertNotNull(r.failure(), "ffmpeg could not write and the recorder noticed");
        assertTrue(messages.toString().contains("No space left on device"), messages.toString());
        assertTrue(r.stop().contains("stopped early"));
    }

    @Test
    void withoutFfmpegFramesBecomePngFilesAndTheJoinCommandIsPrinted() throws Exception {
        Path file = dir.resolve("nopipe.mkv");
        Recorder r = Recorder.start(RecordingSettings.h264(file, 32, 18, 30), null, out, 0);
        for (long k = 0; k < 5; k++) {
            Frames.offer(r, 0, k, Frames.PERIOD_30); // waits for a free buffer when the writer is behind
        }
        r.endAt(5 * Frames.PERIOD_30);
        String summary = r.stop();
        Path folder = dir.resolve("nopipe_frames");
        assertTrue(Files.exists(folder.resolve("frame_000005.png")), summary);
        assertTrue(summary.contains("ffmpeg -framerate 30 -i " + folder + "/frame_%06d.png"), summary);
    }

    @Test
    void liveAudioIsCapturedBesideTheVideoAndJoinedAtStop() throws Exception {
        Path file = dir.resolve("live.mkv");
        SinePcm pcm = new SinePcm(48000, 2);
        Recorder r = Recorder.start(RecordingSettings.h264(file, 64, 36, 30).withPcm(pcm), ffmpeg(), out, 0);
        for (long k = 0; k < 30; k++) {
            Frames.offer(r, 0, k, Frames.PERIOD_30);
            pcm.pushBlock(1600); // 1/30 s of audio per frame
        }
        r.endAt(30 * Frames.PERIOD_30);
        String summary = r.stop();
        assertFalse(pcm.attached(), "the recorder detaches from the live input");
        assertTrue(Files.exists(dir.resolve("live.wav")), summary);
        MediaInfo info = MediaInfo.probe(file);
        assertNotNull(info.audio(), "joined: " + summary);
        assertEquals(48000, info.audio().sampleRate());
        assertEquals(1.0, info.video().duration(), 1.0 / 30);
    }
}
