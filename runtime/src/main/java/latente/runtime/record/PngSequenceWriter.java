package latente.runtime.record;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes each frame as a numbered PNG file ({@code pattern} such as {@code frames/%05d.png},
 * numbered from 1): what a PNG sequence asks for when ffmpeg is not installed, and the fallback
 * for a video without ffmpeg, which then says which ffmpeg command would join the frames into
 * the video that was asked for.
 */
public final class PngSequenceWriter implements FrameWriter {
    private final Path pattern;
    private final String wantedVideo;
    private final double fps;
    private final BufferedImage image;
    private final int[] argb;
    private long frames;

    /** @param wantedVideo the video these frames stand in for, or null when PNG files were asked for */
    public PngSequenceWriter(Path pattern, String wantedVideo, int width, int height, double fps) throws IOException {
        this.pattern = pattern;
        this.wantedVideo = wantedVideo;
        this.fps = fps;
        if (pattern.toAbsolutePath().getParent() != null) Files.createDirectories(pattern.toAbsolutePath().getParent());
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
        ImageIO.write(image, "png", OutputFormats.frameFile(pattern, frames).toFile());
    }

    /** Where the frames of {@code out} go when ffmpeg is missing: {@code out} minus extension, plus "_frames". */
    public static File folderFor(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "_frames").toFile();
    }

    @Override
    public String finish() {
        if (wantedVideo == null) return wrote(pattern, frames, image.getWidth(), image.getHeight());
        return "ffmpeg was not found, so " + frames + " frames were written as PNG files to " + pattern.getParent()
                + "\nJoin them with:\n  ffmpeg -framerate " + fps + " -i '" + pattern + "' -c:v libx264 -pix_fmt yuv420p '"
                + wantedVideo + "'";
    }

    /** The summary of a PNG sequence: how many files, the first and last names, the size. */
    static String wrote(Path pattern, long frames, int width, int height) {
        if (frames == 0) return "no frame was written to " + pattern;
        return "wrote " + frames + " PNG files " + OutputFormats.frameFile(pattern, 1) + (frames > 1 ? " .. " + OutputFormats.frameFile(pattern, frames).getFileName() : "")
                + " (" + width + "x" + height + ")";
    }
}
