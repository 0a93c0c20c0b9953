package latente.dsl.record;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.dsl.engine.OfflineRender;
import latente.dsl.wiring.Shows;
import latente.render.readback.RecordingTap;
import latente.runtime.record.AudioTrack;
import latente.runtime.record.Ffmpeg;
import latente.runtime.record.MediaInfo;
import latente.runtime.record.Recorder;
import latente.runtime.record.RecordingSettings;
import latente.runtime.record.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live recording through the PBO readback into ffmpeg, with a WAV muxed, checked with ffprobe. */
class HeadlessRecordingTest {
    @TempDir
    Path dir;

    static final String SET = "osc(20, 0.1, 1.2).rotate({ time * 0.5 }).out(o0)\nrender(o0)";

    static Path sineWav(Path file, double seconds) throws Exception {
        try (WavWriter w = new WavWriter(file, 44100, 2)) {
            int n = (int) (seconds * 44100);
            float[] block = new float[n * 2];
            for (int i = 0; i < n; i++) block[2 * i] = block[2 * i + 1] = (float) (0.4 * Math.sin(2 * Math.PI * 220 * i / 44100.0));
            w.write(block, 0, n);
        }
        return file;
    }

    @Test
    void threeSecondsWithAudioHaveBothStreamsInSyncAndTheRightLength() throws Exception {
        Path wav = sineWav(dir.resolve("music.wav"), 5);
        Path video = dir.resolve("show.mkv");
        PrintStream messages = new PrintStream(new ByteArrayOutputStream(), true);
        try (OfflineRender r = Shows.offline(320, 180, messages)) {
            assertTrue(r.engine().evaluateSet(SET, "test.groovy").ok());
            long origin = System.nanoTime();
            Recorder rec = Recorder.start(RecordingSettings.h264(video, 320, 180, 30).withAudio(new AudioTrack(wav, 0.0)),
                    Ffmpeg.find("ffmpeg"), messages, origin);
            RecordingTap tap = new RecordingTap();
            tap.attach(ShowDriver.patient(rec));
            ShowDriver.run(r, tap, 30, 90, origin, k -> { });
            rec.endAt(origin + 90 * Math.round(1e9 / 30)); // the driver's time line, not the wall clock
            String summary = rec.stop();
            assertTrue(summary.startsWith("recorded 90 frames, dropped 0"), summary);
        }
        MediaInfo info = MediaInfo.probe(video);
        assertNotNull(info.video(), "a video stream");
        assertNotNull(info.audio(), "an audio stream");
        assertEquals("h264", info.video().codec());
        assertEquals(30.0, info.video().frameRate(), 1e-6);
        assertEquals(3.0, info.video().duration(), 1.0 / 30, "video lasts 3 s within one frame");
        assertEquals(3.0, info.audio().duration(), 0.1, "the audio stops with the video");
        double vStart = Double.isNaN(info.video().start()) ? 0 : info.video().start();
        double aStart = Double.isNaN(info.audio().start()) ? 0 : info.audio().start();
        assertEquals(vStart, aStart, 1.0 / 30, "audio and video start together");
        assertEquals(90, MediaInfo.decodableFrames(video));
    }

    @Test
    void aFileThatStartsLaterIsDelayedInTheRecording() throws Exception {
        Path wav = sineWav(dir.resolve("late.wav"), 2);
        Path video = dir.resolve("late.mkv");
        PrintStream messages = new PrintStream(new ByteArrayOutputStream(), true);
        try (OfflineRender r = Shows.offline(64, 36, messages)) {
            assertTrue(r.engine().evaluateSet(SET, "test.groovy").ok());
            Recorder rec = Recorder.start(RecordingSettings.h264(video, 64, 36, 30).withAudio(new AudioTrack(wav, -0.5)),
                    Ffmpeg.find("ffmpeg"), messages, 0);
            RecordingTap tap = new RecordingTap();
            tap.attach(rec);
            ShowDriver.run(r, tap, 30, 60, 0, k -> { });
            rec.endAt(60 * Math.round(1e9 / 30));
            rec.stop();
        }
        MediaInfo info = MediaInfo.probe(video);
        double offset = info.audio().start() - (Double.isNaN(info.video().start()) ? 0 : info.video().start());
        assertEquals(0.5, offset, 1.0 / 30, "the music entered half a second into the recording");
        assertTrue(Files.size(video) > 0);
    }
}
