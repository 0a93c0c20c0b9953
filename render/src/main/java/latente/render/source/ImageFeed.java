package latente.render.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A still image (PNG, JPEG, GIF, BMP) as a source. Decoded once, on the calling thread (the eval
 * thread), into the ring; the render thread uploads it on its next frame.
 */
public final class ImageFeed implements SourceFeed {
    private final FrameRing ring = new FrameRing();
    private final String description;

    private ImageFeed(String description) {
        this.description = description;
    }

    /** @throws IOException with a performer-readable message when the file is missing or unreadable */
    public static ImageFeed read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("image not found: " + file);
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) throw new IOException("cannot read image " + file + " (PNG, JPEG, GIF or BMP)");
        int w = img.getWidth(), h = img.getHeight();
        ImageFeed feed = new ImageFeed("image " + file.getFileName() + " " + w + "x" + h);
        ByteBuffer b = feed.ring.beginWrite(w, h);
        int[] row = new int[w];
        for (int y = h - 1; y >= 0; y--) { // GL textures are bottom-up
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) b.put((byte) (argb >> 16)).put((byte) (argb >> 8)).put((byte) argb).put((byte) (argb >>> 24));
        }
        feed.ring.publish();
        return feed;
    }

    @Override
    public FrameRing frames() {
        return ring;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {}
}
