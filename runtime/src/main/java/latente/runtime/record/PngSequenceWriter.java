package latente.runtime.record;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import javax.imageio.ImageIO;

/**
 * Writes each frame as {@code frame_000001.png} when ffmpeg is not installed, and says which
 * ffmpeg command would join them into the video that was asked for.
 */
public final class PngSequenceWriter implements FrameWriter {
    private final File folder;
    private final String wantedVideo;
    private final double fps;
    private final BufferedImage image;
    private final int[] argb;
    private long frames;

    public PngSequenceWriter(File folder, String wantedVideo, int width, int height, double fps) throws IOException {
        this.folder = folder;
        this.wantedVideo = wantedVideo;
        this.fps = fps;
        Files.createDirectories(folder.toPath());
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        argb = new int[width * height];
    }

    @Override
    public void write(ByteBuffer rgba) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        for (int y = 0; y < h; y++) {
            int src = (h - 1 - y) * w * 4;
            for (int x = 0; x < w; x++) {
                int i = src + x * 4;
                argb[y * w + x] = (rgba.get(i + 3) & 0xff) << 24 | (rgba.get(i) & 0xff) << 16
                        | (rgba.get(i + 1) & 0xff) << 8 | (rgba.get(i + 2) & 0xff);
            }
        }
        image.setRGB(0, 0, w, h, argb, 0, w);
        frames++;
        ImageIO.write(image, "png", new File(folder, String.format("frame_%06d.png", frames)));
    }

    /** Where the frames of {@code out} go when ffmpeg is missing: {@code out} minus extension, plus "_frames". */
    public static File folderFor(java.nio.file.Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "_frames").toFile();
    }

    @Override
    public String finish() {
        return "ffmpeg was not found, so " + frames + " frames were written as PNG files to " + folder
                + "\nJoin them with:\n  ffmpeg -framerate " + fps + " -i '" + folder + "/frame_%06d.png' -c:v libx264 -pix_fmt yuv420p '"
                + wantedVideo + "'";
    }
}
