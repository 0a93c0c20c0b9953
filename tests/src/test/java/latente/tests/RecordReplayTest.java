package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live recording is as long as the show, its log ends with it, and its replay lines up with it:
 * the same duration to within one frame, the same first and last pictures (lossless: pixel-equal),
 * and {@code --audio-from} lays the recorded audio under the replay. All through the real command
 * line, with durations from ffprobe, so the machine's load changes nothing asserted.
 */
class RecordReplayTest {
    static final int W = 64;
    static final int H = 36;
    static final double FPS = 30;

    @TempDir
    Path tmp;

    @Test
    void aRecordedShowReplaysToTheSameLengthAndPictures() throws Exception {
        Path set = tmp.resolve("switch.groovy");
        // Red, then blue from the first beat handler on, then alternating every bar: no closure
        // whose value depends on when the control thread ran, so live and replay must agree.
        Files.writeString(set, """
                tempo 120
                solid(1, 0.2, 0).out(o0)
                on.beat(4) { solid(0, 0.2, 1).out(o0) }
                """);
        Path wav = tmp.resolve("tone.wav");
        ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=20", "-ac", "2", wav.toString());
        Path video = tmp.resolve("show.mkv");
        Cli.Result played = Cli.run("play", set.toString(), "--headless", "--seconds", "3", "--port", "0", "--no-osc",
                "--width", "" + W, "--height", "" + H, "--fps", "" + (int) FPS, "--audio", wav.toString(),
                "--record", video.toString(), "--record-format", "lossless",
                "--resolution", W + "x" + H); // full scale pinned: replay draws at full scale, and the pixels must match
        assertEquals(0, played.exitCode(), played.out() + played.err());
        String said = played.out() + played.err();
        assertFalse(said.contains("ffmpeg exited"), "a normal stop is not an ffmpeg error: " + said);
        assertFalse(said.contains(".ffmpeg.log"), "no pointer to a log that does not exist: " + said);
        assertTrue(said.matches("(?s).*recorded \\d+ frames, dropped \\d+ \\(\\d+ distinct.*"), said);

        double recorded = Media.duration(video, "v");
        Map<String, Double> stop = Media.recordStop(tmp.resolve("show.log.jsonl"));
        assertTrue(stop.get("end") >= 3, "the recording ran the 3 s of the show: " + stop);
        assertEquals(stop.get("end") - stop.get("first"), recorded, 1 / FPS,
                "the video lasts from its first frame to the stop, not shorter (issue 18): " + said);
        assertTrue(Media.duration(video, "a") > 0, "the played audio is in the recording");
        List<String> log = Files.readAllLines(tmp.resolve("show.log.jsonl"));
        assertTrue(log.get(log.size() - 2).contains("\"type\":\"recordstop\""), "the log ends with the recording, not after the encoder finished");
        assertTrue(log.get(log.size() - 1).contains("\"type\":\"stop\""), log.get(log.size() - 1));

        Path replayed = tmp.resolve("replay.mkv");
        Cli.Result r = Cli.run("replay", tmp.resolve("show.log.jsonl").toString(), "--out", replayed.toString(),
                "--format", "lossless", "--audio-from", video.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertEquals(recorded, Media.duration(replayed, "v"), 1 / FPS, "replay and recording last as long: " + r.out());
        assertTrue(Media.duration(replayed, "a") > 0, "--audio-from muxed the recorded audio");

        List<byte[]> live = Media.frames(video, W, H);
        List<byte[]> again = Media.frames(replayed, W, H);
        // The live video drops frames when the machine is busy (its frames keep their times); the
        // replay draws every frame on the grid from the first. So each live picture is compared
        // with the replay's frame at its own time. Live, a beat handler's scene reaches the screen
        // some frames after its beat (the control thread runs the handler, the render thread installs
        // the scene; on a starved machine that can take most of a second), where a replay draws it
        // on the beat: live pictures from 100 ms before a bar line of on.beat(4) to 1 s after it are
        // not compared; every other one must be the replay's, pixel for pixel.
        List<Double> times = Media.frameTimes(video);
        assertEquals(live.size(), times.size(), "one time per decoded frame");
        int compared = 0;
        double half = (times.get(times.size() - 1) - times.get(0)) / 2;
        boolean early = false, late = false;
        for (int i = 0; i < live.size(); i++) {
            double at = times.get(i) - times.get(0);
            if (nearBarLine(log, stop.get("first") + at)) continue;
            int index = (int) Math.min(again.size() - 1, Math.round(at * FPS));
            assertArrayEquals(live.get(i), again.get(index), String.format(
                    "the live frame at %.3f s of the video is the replay's frame %d of %d", at, index, again.size()));
            compared++;
            early |= at < half;
            late |= at >= half;
        }
        assertTrue(early && late, "live frames were compared in both halves of the video (" + compared + " of " + live.size() + ")");
        assertFalse(java.util.Arrays.equals(live.get(0), live.get(live.size() - 1)), "the show changed in between");
    }

    @Test
    void audioFromARecordingWithoutSoundSaysSoAndStillReplays() throws Exception {
        Path set = tmp.resolve("silent.groovy");
        Files.writeString(set, "osc(10, 0.1, 1.2).out(o0)\n");
        Path video = tmp.resolve("silent.mkv");
        Cli.Result played = Cli.run("play", set.toString(), "--headless", "--seconds", "3", "--port", "0", "--no-osc",
                "--width", "" + W, "--height", "" + H, "--fps", "" + (int) FPS, "--record", video.toString());
        assertEquals(0, played.exitCode(), played.out() + played.err());
        // 3 s, not 1: on a starved machine the encoder can take a second to start, and a show that
        // ends before any frame reached it records nothing
        assertTrue(Files.exists(video), "the video was written: " + played.out() + played.err());
        assertEquals(-1, Media.duration(video, "a"), "a show without audio input records no audio");

        Path replayed = tmp.resolve("silent-replay.mkv");
        Cli.Result r = Cli.run("replay", tmp.resolve("silent.log.jsonl").toString(), "--out", replayed.toString(),
                "--audio-from", video.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(video + " has no audio stream"), r.err());
        assertTrue(Media.duration(replayed, "v") > 0, "the video was still written");
    }

    /** True when log time {@code t} lies from 100 ms before a multiple of 4 beats to 1 s after it (120 bpm). */
    private static boolean nearBarLine(List<String> log, double t) {
        String start = log.get(0);
        double beat = number(start, "beat") + (t - number(start, "t")) * 2; // the set holds tempo 120
        double sinceBar = beat - 4 * Math.floor(beat / 4);
        return sinceBar < 2.0 || sinceBar > 4 - 0.2;
    }

    private static double number(String jsonLine, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\":([0-9.eE+-]+)").matcher(jsonLine);
        assertTrue(m.find(), key + " in " + jsonLine);
        return Double.parseDouble(m.group(1));
    }

    private static void ffmpeg(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("ffmpeg", "-y", "-v", "error"));
        cmd.addAll(List.of(args));
        assertEquals(0, new ProcessBuilder(cmd).inheritIO().start().waitFor());
    }
}
