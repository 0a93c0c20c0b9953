package latente.runtime.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes RGBA8 pixels with rows bottom-up (as OpenGL reads them) as an opaque PNG, top row first. */
public final class PngFiles {
    private PngFiles() {}

    public static void write(ByteBuffer rgba, int width, int height, Path out) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB); // opaque, as the video shows it
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            int src = (height - 1 - y) * width * 4;
            for (int x = 0; x < width; x++) {
                int i = src + x * 4;
                row[x] = (rgba.get(i + 3) & 0xff) << 24 | (rgba.get(i) & 0xff) << 16 | (rgba.get(i + 1) & 0xff) << 8 | (rgba.get(i + 2) & 0xff);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (!ImageIO.write(image, "png", out.toFile())) throw new IOException("no PNG writer");
        } catch (IOException e) {
            throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
