package latente.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code render}, {@code replay} and {@code play --record} / {@code record} write, chosen by
 * the name given: checked with ffprobe and by decoding the PNG files, through the real command line.
 */
class OutputFormatsTest {
    static final String SET = "sets/first-light.groovy";

    @TempDir
    Path tmp;

    private Cli.Result render(String out, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("render", SET, "--seconds", "0.5", "--fps", "10",
                "--width", "64", "--height", "36", "--out", out));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The files in {@code folder}, sorted by name. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file decodes as a PNG of the given size; returns the images. */
    private static List<BufferedImage> pngs(Path folder, List<String> names, int width, int height) throws IOException {
        List<BufferedImage> images = new java.util.ArrayList<>();
        for (String n : names) {
            BufferedImage image = ImageIO.read(folder.resolve(n).toFile());
            assertNotNull(image, n + " is not a PNG ImageIO can read");
            assertEquals(width, image.getWidth(), n);
            assertEquals(height, image.getHeight(), n);
            images.add(image);
        }
        return images;
    }

    @Test
    void aNumberedPatternWritesRealPngFilesNumberedFromOneWithOrWithoutFfmpeg() throws Exception {
        Path withFfmpeg = tmp.resolve("frames");
        Cli.Result made = render(withFfmpeg.resolve("%05d.png").toString());
        assertEquals(0, made.exitCode(), made.err());
        assertEquals(List.of("00001.png", "00002.png", "00003.png", "00004.png", "00005.png"), files(withFfmpeg));
        byte[] magic = Files.readAllBytes(withFfmpeg.resolve("00001.png"));
        assertEquals(0x89, magic[0] & 0xff);
        assertEquals("PNG", new String(magic, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("png", Ffprobe.videoStream(withFfmpeg.resolve("00003.png")).get("codec_name"));

        // Without ffmpeg Latente encodes the PNG files itself: the same names and the same pixels.
        Path without = tmp.resolve("java");
        Cli.Result r = Cli.run(Map.of("PATH", "/nonexistent"), "render", SET, "--seconds", "0.5", "--fps", "10",
                "--width", "64", "--height", "36", "--out", without.resolve("%05d.png").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote 5 PNG files"), r.out());
        assertEquals(files(withFfmpeg), files(without));
        List<BufferedImage> a = pngs(withFfmpeg, files(withFfmpeg), 64, 36);
        List<BufferedImage> b = pngs(without, files(without), 64, 36);
        for (int i = 0; i < a.size(); i++) {
            for (int y = 0; y < 36; y++) {
                for (int x = 0; x < 64; x++) {
                    assertEquals(a.get(i).getRGB(x, y) & 0xffffff, b.get(i).getRGB(x, y) & 0xffffff, "frame " + (i + 1) + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aFolderGetsNumberedFrames() throws Exception {
        Path frames = tmp.resolve("shots");
        Cli.Result r = render(frames + "/");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("frame_000001.png", "frame_000002.png", "frame_000003.png", "frame_000004.png", "frame_000005.png"), files(frames));
        pngs(frames, files(frames), 64, 36);
    }

    @Test
    void movIsProResAndLosslessIsFfv1() throws Exception {
        assertEquals(0, render(tmp.resolve("a.mov").toString()).exitCode());
        Map<String, String> mov = Ffprobe.videoStream(tmp.resolve("a.mov"));
        assertEquals("prores", mov.get("codec_name"));
        assertEquals("5", mov.get("nb_read_frames"));
        assertEquals(0, render(tmp.resolve("b.mkv").toString(), "--format", "lossless").exitCode());
        assertEquals("ffv1", Ffprobe.videoStream(tmp.resolve("b.mkv")).get("codec_name"));
    }

    @Test
    void anExtensionItCannotWriteIsAUsageErrorNamingWhatItCan() throws Exception {
        for (String bad : List.of("clip.avi", "still.png", "frames/%05d.jpg")) {
            Cli.Result r = render(tmp.resolve(bad).toString());
            assertEquals(2, r.exitCode(), bad + ": " + r.out());
            assertTrue(r.err().contains(".mp4") && r.err().contains(".mov") && r.err().contains("%05d.png"), r.err());
        }
        Cli.Result mismatch = render(tmp.resolve("d.mp4").toString(), "--format", "lossless");
        assertEquals(2, mismatch.exitCode());
        assertTrue(mismatch.err().contains("cannot write FFV1 (lossless) in .mp4"), mismatch.err());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "nothing is written");
        }
        Cli.Result play = Cli.run("play", SET, "--headless", "--seconds", "1", "--port", "0", "--record", tmp.resolve("x.gif").toString());
        assertEquals(2, play.exitCode(), play.out());
        assertTrue(play.err().contains("cannot write .gif files"), play.err());
    }

    @Test
    void replayWritesAPngSequence() throws Exception {
        Path log = tmp.resolve("show.log.jsonl");
        Files.write(log, List.of(
                "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":10.0,\"width\":64,\"height\":36,\"time\":0.0,\"beat\":0.0,\"bpm\":120.0,\"speed\":1.0}",
                "{\"type\":\"eval\",\"t\":0.0,\"frame\":0,\"origin\":\"s\",\"code\":\"osc(10).out(o0)\\nrender(o0)\",\"whole\":true,\"ok\":true}",
                "{\"type\":\"stop\",\"t\":0.6,\"frame\":6,\"dropped\":0}"));
        Path frames = tmp.resolve("replayed");
        Cli.Result r = Cli.run("replay", log.toString(), "--out", frames.resolve("%04d.png").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("0001.png", "0002.png", "0003.png", "0004.png", "0005.png", "0006.png"), files(frames));
        pngs(frames, files(frames), 64, 36);
    }

    @Test
    void aLiveRecordingWritesAPngSequenceAndItsLogBesideTheFolder() throws Exception {
        Path set = tmp.resolve("rec.groovy");
        Path frames = tmp.resolve("live");
        Files.writeString(set, "osc(10).out(o0)\nrender(o0)\nrecord '" + frames.resolve("%05d.png") + "'\n");
        Cli.Result r = Cli.run("play", set.toString(), "--headless", "--seconds", "1", "--port", "0",
                "--width", "64", "--height", "36", "--fps", "10");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<String> names = files(frames);
        assertFalse(names.isEmpty(), r.out());
        for (int i = 0; i < names.size(); i++) assertEquals(String.format("%05d.png", i + 1), names.get(i), "numbered without gaps");
        pngs(frames, names, 64, 36);
        assertTrue(Files.exists(tmp.resolve("live.log.jsonl")), r.out());
    }
}
