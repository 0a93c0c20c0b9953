package latente.render;

import static latente.render.Chains.chain;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import latente.render.source.FfmpegFeed;
import latente.render.source.ImageFeed;
import latente.runtime.record.Ffmpeg;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files through the real decoders: an image through ImageIO, a video through an ffmpeg process. */
class VideoFeedTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(32, 24);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    @Test
    void anImageFileShowsUprightInSrcOfItsSource(@TempDir Path dir) throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(32, 24, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 24; y++) for (int x = 0; x < 32; x++) img.setRGB(x, y, y < 12 ? 0xffff0000 : 0xff0000ff);
        Path file = dir.resolve("top-red.png");
        javax.imageio.ImageIO.write(img, "png", file.toFile());
        gl.link.feed(1, ImageFeed.read(file));
        gl.renderer.apply(Scene.empty().withOutput(0, chain("src", new Arg.SourceRef(1))));
        gl.frame(0);
        assertEquals(255, gl.at(5, 20, 0), "the image's top rows (red) are at the top of the picture");
        assertEquals(255, gl.at(5, 3, 2), "its bottom rows (blue) at the bottom");
        IOException missing = assertThrows(IOException.class, () -> ImageFeed.read(dir.resolve("nope.png")));
        assertTrue(missing.getMessage().contains("image not found"));
    }

    @Test
    void aVideoFileIsDecodedByFfmpegAndReachesTheShader(@TempDir Path dir) throws Exception {
        String ffmpeg = Ffmpeg.find("ffmpeg");
        Assumptions.assumeTrue(ffmpeg != null, "ffmpeg not installed");
        Path clip = dir.resolve("green.mkv");
        Process p = new ProcessBuilder(ffmpeg, "-v", "error", "-f", "lavfi", "-i", "color=c=0x00ff00:s=40x30:r=25:d=1",
                "-c:v", "ffv1", clip.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));
        List<String> messages = new ArrayList<>();
        FfmpegFeed feed = FfmpegFeed.video(clip, messages::add);
        assertTrue(feed.description().contains("40x30"), feed.description());
        gl.link.feed(0, feed);
        gl.renderer.apply(Scene.empty().withOutput(0, chain("src", new Arg.SourceRef(0))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a bound on a hang, not an expectation
        do {
            Thread.sleep(20);
            gl.frame(0);
        } while (gl.at(10, 10, 1) < 250 && System.nanoTime() < deadline);
        assertEquals(255, gl.at(10, 10, 1), 2, "green from the clip");
        assertEquals(0, gl.at(10, 10, 0), 2);
        gl.link.feed(0, null);
        assertEquals(List.of(), messages);
    }

    @Test
    void aMissingCameraSaysSo() {
        IOException e = assertThrows(IOException.class, () -> FfmpegFeed.camera(97, m -> {}));
        assertTrue(e.getMessage().contains("no camera /dev/video97"), e.getMessage());
    }
}
