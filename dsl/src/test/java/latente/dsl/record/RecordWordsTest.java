package latente.dsl.record;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import latente.dsl.engine.LiveRecording;
import latente.dsl.engine.OfflineRender;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import latente.render.readback.RecordingTap;
import latente.runtime.log.LogEvent;
import latente.runtime.log.LogReader;
import latente.runtime.record.MediaInfo;
import latente.runtime.record.ShowAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record words through the engine's recorder seam, as the live show wires it. */
class RecordWordsTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream said = new ByteArrayOutputStream();
    final PrintStream messages = new PrintStream(said, true);

    private LiveRecording wire(OfflineRender r, RecordingTap tap) {
        LiveRecording rec = new LiveRecording(r.engine(), tap, r.renderer().width(), r.renderer().height(), 30, ShowAudio.NONE, messages);
        r.engine().recording(rec);
        return rec;
    }

    @Test
    void anUnwritablePathIsOneMessageAndTheShowGoesOn() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "a file, not a folder");
        try (OfflineRender r = Shows.offline(64, 36, messages)) {
            RecordingTap tap = new RecordingTap();
            LiveRecording rec = wire(r, tap);
            var result = r.engine().evaluateSet("record '" + blocker.resolve("show.mkv") + "'\nosc(20, 0.5, 0).out(o0)\nrender(o0)", "set.groovy");
            assertTrue(result.ok(), "the set itself still runs");
            assertTrue(said.toString().contains("record: cannot record to " + blocker.resolve("show.mkv")), said.toString());
            assertTrue(said.toString().contains("the show goes on"), said.toString());
            assertFalse(rec.recording());
            ByteBuffer a = copy(r.drawFrame(0.0));
            ByteBuffer b = copy(r.drawFrame(0.5));
            assertNotEquals(a, b, "frames keep coming and moving");
        }
    }

    @Test
    void theExampleSetRecordsItselfAndKeepsRecordingWhenReEvaluated() throws Exception {
        Path video = dir.resolve("self.mkv");
        String code = Files.readString(Path.of("..", "examples", "record-itself.groovy"))
                .replace("recordings/record-itself.mkv", video.toString());
        try (OfflineRender r = Shows.offline(64, 36, messages)) {
            RecordingTap tap = new RecordingTap();
            LiveRecording rec = wire(r, tap);
            assertTrue(r.engine().evaluateSet(code, "record-itself.groovy").ok(), said.toString());
            var first = rec.recorder();
            assertNotNull(first, said.toString());
            assertTrue(r.engine().evaluateSet(code, "record-itself.groovy").ok());
            assertSame(first, rec.recorder(), "re-evaluating the set keeps the same recording");
            long start = System.nanoTime();
            for (int k = 0; k < 30; k++) {
                long at = atSlot(start, k);
                r.engine().advance(k / 30.0);
                r.renderer().drawFrame(r.engine().time());
                tap.frame(r.renderer().finalFrame(), at);
            }
            atSlot(start, 30);
            assertTrue(r.engine().evaluateBlock("stopRecording()", "repl").ok());
        }
        assertTrue(said.toString().contains("recording to " + video), said.toString());
        assertTrue(said.toString().contains("recorded "), said.toString());
        assertTrue(MediaInfo.decodableFrames(video) >= 25, "about a second of video");
        List<LogEvent> log = LogReader.read(dir.resolve("self.log.jsonl"));
        assertTrue(log.stream().anyMatch(e -> e.type().equals(LogEvent.EVAL) && e.string("code").contains("kaleid(4)")));
        assertTrue(log.stream().anyMatch(e -> e.type().equals(LogEvent.RECORD)));
        assertEquals(LogEvent.STOP, log.get(log.size() - 1).type(), "the log beside the video closes with the recording");
    }

    @Test
    void anEarlierRecordingIsNeverOverwritten() throws Exception {
        Path old = Files.writeString(dir.resolve("old.mkv"), "last night");
        try (OfflineRender r = Shows.offline(32, 18, messages)) {
            LiveRecording rec = wire(r, new RecordingTap());
            assertTrue(r.engine().evaluateSet("record '" + old + "'\nsolid(0, 0, 1).out(o0)", "set.groovy").ok());
            assertEquals(dir.resolve("old-2.mkv"), rec.recorder().settings().out());
            assertTrue(r.engine().evaluateBlock("stopRecording()", "repl").ok());
        }
        assertTrue(said.toString().contains("recording to " + dir.resolve("old-2.mkv") + " instead"), said.toString());
        assertEquals("last night", Files.readString(old));
    }

    @Test
    void liveAudioIsCapturedBesideTheVideoAndNamedInTheLog() throws Exception {
        Path video = dir.resolve("live.mkv");
        float[] block = new float[1600];
        for (int i = 0; i < block.length; i++) block[i] = (float) Math.sin(i * 0.05);
        java.util.concurrent.atomic.AtomicReference<latente.runtime.record.PcmSink> sink = new java.util.concurrent.atomic.AtomicReference<>();
        latente.runtime.record.PcmSource input = new latente.runtime.record.PcmSource() {
            public int sampleRate() { return 48000; }
            public int channels() { return 1; }
            public void attach(latente.runtime.record.PcmSink s) { sink.set(s); }
            public void detach(latente.runtime.record.PcmSink s) { sink.compareAndSet(s, null); }
        };
        ShowAudio audio = new ShowAudio() {
            public latente.runtime.record.AudioTrack playingFile() { return null; }
            public latente.runtime.record.PcmSource liveInput() { return input; }
        };
        try (OfflineRender r = Shows.offline(32, 18, messages)) {
            RecordingTap tap = new RecordingTap();
            r.engine().recording(new LiveRecording(r.engine(), tap, 32, 18, 30, audio, messages));
            assertTrue(r.engine().evaluateSet("record '" + video + "'\nosc(10).out(o0)", "set.groovy").ok(), said.toString());
            long start = System.nanoTime();
            for (int k = 0; k < 30; k++) {
                long at = atSlot(start, k);
                r.renderer().drawFrame(k / 30.0);
                tap.frame(r.renderer().finalFrame(), at);
                var s = sink.get();
                if (s != null) s.push(block, 0, block.length); // 1/30 s of audio per frame, as a sound card would
            }
            atSlot(start, 30);
            assertTrue(r.engine().evaluateBlock("stopRecording()", "repl").ok());
        }
        assertNull(sink.get(), "detached from the input at stop");
        assertNotNull(MediaInfo.probe(video).audio(), said.toString());
        List<LogEvent> log = LogReader.read(dir.resolve("live.log.jsonl"));
        assertTrue(log.stream().anyMatch(e -> e.type().equals(LogEvent.AUDIO_CAPTURE) && e.string("path").equals(dir.resolve("live.wav").toString())));
    }

    @Test
    void offlineRenderingExplainsThatRecordingIsForTheLiveShow() {
        try (OfflineRender r = Shows.offline(32, 18, messages)) {
            assertTrue(r.engine().evaluateSet("record 'x.mkv'\nsolid(1, 0, 0).out(o0)", "set.groovy").ok());
        }
        assertTrue(said.toString().contains("record: recording is for the live show"), said.toString());
        assertFalse(Files.exists(Path.of("x.mkv")));
    }

    @Test
    void snapWritesThePictureAtFullResolution() throws Exception {
        Path png = dir.resolve("snaps/red.png");
        try (OfflineRender r = Shows.offline(80, 44, messages)) {
            RecordingTap tap = new RecordingTap();
            wire(r, tap);
            assertTrue(r.engine().evaluateSet("solid(1, 0, 0).out(o0)\nrender(o0)\nsnap '" + png + "'", "set.groovy").ok());
            for (int k = 0; k < 3; k++) {
                r.renderer().drawFrame(k / 30.0);
                tap.frame(r.renderer().finalFrame(), System.nanoTime());
            }
            Await.until(() -> said.toString().contains("snap: wrote"), said::toString);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(80, image.getWidth());
        assertEquals(44, image.getHeight());
        assertEquals(0xffff0000, image.getRGB(40, 22));
    }

    /**
     * Frame k of a 30 fps show: returns its instant, once the clock has reached it. The recorder's
     * time line is the wall clock, so the test draws each frame at its own slot, as a vsync-paced
     * show loop does, and stamps it with that slot (not with when it got there): however busy the
     * machine, every frame lands in a slot of its own and the recording lasts the show's length.
     */
    private static long atSlot(long start, int k) {
        long at = start + Math.round(k * 1e9 / 30);
        for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) LockSupport.parkNanos(wait);
        return at;
    }

    private static ByteBuffer copy(ByteBuffer b) {
        ByteBuffer c = ByteBuffer.allocate(b.capacity());
        c.put(b.duplicate().clear());
        return c.flip();
    }
}
