package latente.runtime.record;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which encoding a name and an optional format ask for, and the names refused. */
class OutputFormatsTest {
    @TempDir
    Path dir;

    private static VideoFormat format(String out, String format) {
        return OutputFormats.resolve(out, format).format();
    }

    @Test
    void theExtensionChoosesTheEncoding() {
        assertEquals(VideoFormat.H264, format("show.mp4", null));
        assertEquals(VideoFormat.H264, format("show.mkv", null));
        assertEquals(VideoFormat.PRORES, format("show.mov", null));
        assertEquals(VideoFormat.H264, format("show.MOV", "h264"));
        assertEquals(VideoFormat.LOSSLESS, format("show.mkv", "lossless"));
        assertEquals(VideoFormat.PRORES, format("show.mkv", "prores"));
        assertEquals(Path.of("show.mkv"), OutputFormats.resolve("show", null).path());
        assertEquals(Path.of("show.mov"), OutputFormats.resolve("show", "prores").path());
    }

    @Test
    void numberedPatternsAndFoldersArePngSequences() throws Exception {
        assertEquals(new OutputFormats.Target(Path.of("frames/%05d.png"), VideoFormat.PNG), OutputFormats.resolve("frames/%05d.png", null));
        assertEquals(new OutputFormats.Target(Path.of("shot%d.png"), VideoFormat.PNG), OutputFormats.resolve("shot%d.png", "png"));
        assertEquals(Path.of("frames/frame_%06d.png"), OutputFormats.resolve("frames/", null).path());
        Path existing = Files.createDirectories(dir.resolve("stills"));
        assertEquals(existing.resolve("frame_%06d.png"), OutputFormats.resolve(existing.toString(), null).path());
        assertEquals(Path.of("frames/frame_%06d.png"), OutputFormats.resolve("frames", "png").path());
        assertEquals(Path.of("f/00042.png"), OutputFormats.frameFile(Path.of("f/%05d.png"), 42));
    }

    @Test
    void whatCannotBeWrittenIsRefusedNamingWhatCan() {
        for (String[] bad : new String[][] {{"show.avi", null}, {"still.png", null}, {"f/%05d.jpg", null}, {"show.mp4", "lossless"},
                {"show.mp4", "prores"}, {"show.mov", "lossless"}, {"f/%05d.png", "h264"}, {"f/%05d_%d.png", null}, {"show.mkv", "gif"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputFormats.resolve(bad[0], bad[1]),
                    bad[0] + " " + bad[1]);
            assertTrue(e.getMessage().contains(".mp4") || e.getMessage().contains("h264, prores"), e.getMessage());
        }
    }
}
