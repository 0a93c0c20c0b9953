package latente.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a 120 BPM click track, {@code latente render} must flash on the click's own frame:
 * offline the analysis can look ahead, so nothing is late. Frames are read back with ffmpeg in
 * stream order (frame k drawn at k / fps) and the video must start where the audio starts.
 */
class RenderAudioTimingTest {
    static final int RATE = 44100, FPS = 30, SIDE = 16;
    static final double SECONDS = 8, CLICK_EVERY = 0.5;

    @TempDir
    static Path tmp;
    static Path clicks;

    @BeforeAll
    static void writeClickTrack() throws IOException {
        int n = (int) (SECONDS * RATE);
        short[] pcm = new short[n];
        java.util.Random noise = new java.util.Random(3);
        for (int k = 0; k * CLICK_EVERY < SECONDS; k++) {
            int start = (int) Math.round(k * CLICK_EVERY * RATE);
            for (int i = 0; i < RATE / 50 && start + i < n; i++) {
                double v = 0.8 * Math.sin(2 * Math.PI * 1000 * i / RATE) * Math.exp(-i / (0.004 * RATE))
                        + 0.3 * (noise.nextDouble() * 2 - 1) * Math.exp(-i / (0.002 * RATE));
                pcm[start + i] = (short) Math.round(Math.max(-1, Math.min(1, v)) * 32767);
            }
        }
        clicks = tmp.resolve("clicks-120.wav");
        Files.write(clicks, wav(pcm));
    }

    static byte[] wav(short[] pcm) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length * 2);
        for (short s : pcm) b.putShort(s);
        return b.array();
    }

    /** Renders a one-line set that shows {@code brightness} in red; returns red per frame, 0..255. */
    static double[] render(String name, String setBody) throws Exception {
        Path set = tmp.resolve(name + ".groovy"), video = tmp.resolve(name + ".mp4");
        Files.writeString(set, setBody + "\nrender(o0)\n");
        Cli.Result r = Cli.run("render", set.toString(), "--audio", clicks.toString(), "--seconds", Double.toString(SECONDS),
                "--fps", Integer.toString(FPS), "--width", Integer.toString(SIDE), "--height", Integer.toString(SIDE),
                "--out", video.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0.0, startTime(video, "v:0"), 1e-3, "the video starts with the audio, at 0");
        assertTrue(startTime(video, "a:0") <= 1e-3, "the audio starts at 0 (or before, for the encoder's priming)");
        return redPerFrame(video);
    }

    static double startTime(Path video, String stream) throws Exception {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", stream, "-show_entries", "stream=start_time",
                "-of", "default=noprint_wrappers=1:nokey=1", video.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), text);
        return Double.parseDouble(text);
    }

    static double[] redPerFrame(Path video) throws Exception {
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", video.toString(), "-map", "0:v", "-fps_mode", "passthrough",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-").start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        byte[] raw = out.toByteArray();
        int frameBytes = SIDE * SIDE * 3;
        double[] red = new double[raw.length / frameBytes];
        for (int f = 0; f < red.length; f++) {
            for (int i = 0; i < SIDE * SIDE; i++) red[f] += (raw[f * frameBytes + i * 3] & 0xff) / (double) (SIDE * SIDE);
        }
        return red;
    }

    /** Frames where the picture jumps up: the flashes. */
    static List<Integer> flashes(double[] level) {
        List<Integer> at = new ArrayList<>();
        for (int f = 1; f < level.length; f++) if (level[f] - level[f - 1] > 100) at.add(f);
        return at;
    }

    /** The frame at or after each click from {@code fromSeconds} on. */
    static List<Integer> clickFrames(double fromSeconds) {
        List<Integer> at = new ArrayList<>();
        for (int k = 1; k * CLICK_EVERY < SECONDS - 0.2; k++) {
            if (k * CLICK_EVERY >= fromSeconds) at.add((int) Math.ceil(k * CLICK_EVERY * FPS - 1e-9));
        }
        return at;
    }

    @Test
    void anOnsetEnvelopePeaksOnTheClicksOwnFrame() throws Exception {
        List<Integer> flashes = flashes(render("onsets", "solid(env('onset', 0, 0.2), 0, 0).out(o0)"));
        flashes.removeIf(f -> f < FPS * CLICK_EVERY / 2);   // the click at 0 (the first frame) has no jump before it
        assertEquals(clickFrames(0), flashes, "flash frames (30 fps): clicks every 15 frames from frame 15");
    }

    @Test
    void aBeatEnvelopeUnderAudioSyncLandsWithinAFrameOfTheClick() throws Exception {
        List<Integer> flashes = flashes(render("beats", "sync 'audio'\nsolid(env('beat', 0, 0.2), 0, 0).out(o0)"));
        List<Integer> want = clickFrames(2);                 // the tracker has locked on after a few beats
        flashes.removeIf(f -> f < want.get(0) - 1);
        assertEquals(want.size(), flashes.size(), "one flash per click: " + flashes);
        for (int i = 0; i < want.size(); i++) {
            int late = flashes.get(i) - want.get(i);
            // The tracker places beats on its 11.6 ms analysis hops: at most one frame off, never more.
            assertTrue(late >= -1 && late <= 1, "beat flash at frame " + flashes.get(i) + " for the click at frame " + want.get(i)
                    + " (all: " + flashes + ")");
        }
    }
}
