package latente.dsl.record;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import latente.cli.Main;
import latente.dsl.engine.LogReplay;
import latente.dsl.engine.OfflineRender;
import latente.dsl.engine.ShowLog;
import latente.dsl.wiring.Shows;
import latente.render.readback.RecordingTap;
import latente.runtime.log.LogClock;
import latente.runtime.log.LogReader;
import latente.runtime.log.PerformanceLog;
import latente.runtime.record.Ffmpeg;
import latente.runtime.record.FrameWriter;
import latente.runtime.record.MediaInfo;
import latente.runtime.record.Recorder;
import latente.runtime.record.RecordingSettings;
import latente.runtime.record.VideoFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A show performed with code changes and a tempo change, recorded losslessly through the live
 * path (PBO readback, recorder, FFV1), then replayed from its log: every frame is pixel-equal.
 */
class ReplayTest {
    @TempDir
    Path dir;
    static final int W = 96;
    static final int H = 54;
    static final double FPS = 20;
    static final int FRAMES = 60;

    @Test
    void replayingTheLogReproducesEveryRecordedFrame() throws Exception {
        Path video = dir.resolve("show.mkv");
        Path logFile = dir.resolve("show.log.jsonl");
        PrintStream messages = new PrintStream(new ByteArrayOutputStream(), true);
        try (OfflineRender live = Shows.offline(W, H, messages)) {
            AtomicLong frame = new AtomicLong();
            LogClock clock = new LogClock() {
                public double seconds() {
                    return frame.get() / FPS;
                }

                public long frame() {
                    return frame.get();
                }
            };
            live.engine().evaluateSet("tempo 120\nosc(10, 0.1, 0).out(o0)\nrender(o0)", "set.groovy");
            live.engine().advance(0);
            PerformanceLog log = ShowLog.open(live.engine(), logFile, clock, W, H, FPS, messages);
            Recorder rec = Recorder.start(RecordingSettings.h264(video, W, H, FPS).withFormat(VideoFormat.LOSSLESS),
                    Ffmpeg.find("ffmpeg"), messages, 0);
            RecordingTap tap = new RecordingTap();
            tap.attach(ShowDriver.patient(rec));
            ShowDriver.run(live, tap, FPS, FRAMES, 0, k -> {
                frame.set(k);
                if (k == 15) live.engine().evaluateBlock("osc(30, 0.2, { time * 0.3 }).kaleid([3, 5, 7]).out(o0)", "repl");
                if (k == 31) live.engine().bpm(150);
                if (k == 44) live.engine().evaluateBlock("noise(4, { beat * 0.1 }).diff(o0).out(o1)\nrender(o1)", "repl");
            });
            frame.set(FRAMES);
            rec.endAt(FRAMES * Math.round(1e9 / FPS)); // the driver's time line, not the wall clock
            assertTrue(rec.stop().startsWith("recorded " + FRAMES + " frames, dropped 0"));
            live.engine().log(null);
            log.close();
        }

        List<byte[]> replayed = new ArrayList<>();
        LogReplay replay = new LogReplay(LogReader.read(logFile), messages);
        try (OfflineRender r = Shows.offline(W, H, messages)) {
            replay.render(r, FRAMES, FPS, collect(replayed), null);
        }
        List<byte[]> recorded = decodeRgb(video);
        assertEquals(FRAMES, recorded.size());
        for (int k = 0; k < FRAMES; k++) {
            assertArrayEquals(recorded.get(k), topDownRgb(replayed.get(k)), "frame " + k + " differs");
        }
        assertFalse(java.util.Arrays.equals(recorded.get(10), recorded.get(20)), "the code change shows in the frames");
        assertFalse(java.util.Arrays.equals(recorded.get(40), recorded.get(50)), "the last block shows in the frames");
    }

    @Test
    void theReplayCommandRendersTheWholeShowWithAProgressBar() throws Exception {
        Path logFile = dir.resolve("cmd.log.jsonl");
        java.nio.file.Files.writeString(logFile, String.join("\n",
                "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":10.0,\"width\":64,\"height\":36,\"time\":0.0,\"beat\":0.0,\"bpm\":120.0,\"speed\":1.0}",
                "{\"type\":\"eval\",\"t\":0.0,\"frame\":0,\"origin\":\"s\",\"code\":\"osc(10).out(o0)\\nrender(o0)\",\"whole\":true,\"ok\":true}",
                "{\"type\":\"cue\",\"t\":0.5,\"frame\":5,\"name\":\"drop\"}",
                "{\"type\":\"stop\",\"t\":2.0,\"frame\":20,\"dropped\":0}", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path video = dir.resolve("replay.mp4");
        int code = Main.run(List.of("replay", logFile.toString(), "--out", video.toString(), "--width", "128", "--height", "72"),
                new PrintStream(out, true), new PrintStream(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("replayed 20 frames"), out.toString());
        assertTrue(err.toString().contains("100%  20/20 frames"), err.toString());
        assertTrue(err.toString().contains("1 'cue' events have no replay hook"), err.toString());
        MediaInfo info = MediaInfo.probe(video);
        assertEquals(2.0, info.video().duration(), 0.1);
        assertEquals(20, MediaInfo.decodableFrames(video));
    }

    @Test
    void replayMuxesTheShowsAudioAtItsLoggedTime() throws Exception {
        Path wav = HeadlessRecordingTest.sineWav(dir.resolve("track.wav"), 4);
        Path logFile = dir.resolve("audio.log.jsonl");
        java.nio.file.Files.writeString(logFile, String.join("\n",
                "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":10.0,\"width\":32,\"height\":18}",
                "{\"type\":\"eval\",\"t\":0.0,\"frame\":0,\"origin\":\"s\",\"code\":\"osc(10).out(o0)\",\"whole\":true,\"ok\":true}",
                "{\"type\":\"audiofile\",\"t\":0.5,\"frame\":5,\"path\":\"" + wav + "\",\"position\":0.0}",
                "{\"type\":\"stop\",\"t\":2.0,\"frame\":20}", ""));
        Path video = dir.resolve("with-audio.mkv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("replay", logFile.toString(), "--out", video.toString()), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true));
        assertEquals(0, code, err.toString());
        MediaInfo info = MediaInfo.probe(video);
        assertNotNull(info.audio(), "the show's track is muxed");
        double vStart = Double.isNaN(info.video().start()) ? 0 : info.video().start();
        assertEquals(0.5, info.audio().start() - vStart, 0.05, "the track enters when it did in the show");
        assertEquals(2.0, info.video().duration(), 0.1);
    }

    @Test
    void oscMidiAndAudioValuesReachTheBusAtTheirTimes() throws Exception {
        Path logFile = dir.resolve("inputs.log.jsonl");
        java.nio.file.Files.writeString(logFile, String.join("\n",
                "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":10.0}",
                "{\"type\":\"osc\",\"t\":0.2,\"frame\":2,\"address\":\"/fader/1\",\"args\":[0.75,\"x\"]}",
                "{\"type\":\"midi\",\"t\":0.3,\"frame\":3,\"status\":177,\"data1\":7,\"data2\":127}",
                "{\"type\":\"audio\",\"t\":0.4,\"frame\":4,\"values\":{\"audio:bass\":0.5}}",
                "{\"type\":\"osc\",\"t\":0.9,\"frame\":9,\"address\":\"/fader/1\",\"args\":[0.25]}", ""));
        LogReplay replay = new LogReplay(LogReader.read(logFile), new PrintStream(new ByteArrayOutputStream(), true));
        try (OfflineRender r = Shows.offline(W, H, new PrintStream(new ByteArrayOutputStream(), true))) {
            replay.render(r, 5, 10, collect(new ArrayList<>()), null); // frames at 0.0 .. 0.4 s
            assertEquals(0.75, r.engine().bus().get("osc:/fader/1"), "the later value is not applied yet");
            assertEquals(1.0, r.engine().bus().get("midi:cc:2:7"));
            assertEquals(1.0, r.engine().bus().get("midi:cc:7"));
            assertEquals(0.5, r.engine().bus().get("audio:bass"));
        }
        assertTrue(replay.unhandled().isEmpty());
    }

    private static FrameWriter collect(List<byte[]> frames) {
        return new FrameWriter() {
            public void write(ByteBuffer rgba) {
                byte[] b = new byte[W * H * 4];
                rgba.get(0, b);
                frames.add(b);
            }

            public String finish() {
                return "";
            }
        };
    }

    /** RGBA bottom-up (GL) to RGB top-down (video). */
    static byte[] topDownRgb(byte[] rgba) {
        byte[] rgb = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int s = ((H - 1 - y) * W + x) * 4;
                int d = (y * W + x) * 3;
                rgb[d] = rgba[s];
                rgb[d + 1] = rgba[s + 1];
                rgb[d + 2] = rgba[s + 2];
            }
        }
        return rgb;
    }

    static List<byte[]> decodeRgb(Path video) throws IOException {
        Process p = new ProcessBuilder(Ffmpeg.find("ffmpeg"), "-v", "error", "-i", video.toString(), "-f", "rawvideo",
                "-pix_fmt", "rgb24", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<byte[]> frames = new ArrayList<>();
        try (InputStream in = p.getInputStream()) {
            byte[] all = in.readAllBytes();
            for (int o = 0; o + W * H * 3 <= all.length; o += W * H * 3) frames.add(java.util.Arrays.copyOfRange(all, o, o + W * H * 3));
        }
        return frames;
    }
}
