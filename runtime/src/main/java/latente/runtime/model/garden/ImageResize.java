package latente.runtime.model.garden;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Centre-crop to a square and resize, halving step by step so downscaling does not alias. */
final class ImageResize {
    private ImageResize() {}

    /** Planar RGB [3, size, size] in [-1, 1]. */
    static float[] squarePlanar(BufferedImage src, int size) {
        int side = Math.min(src.getWidth(), src.getHeight());
        BufferedImage im = src.getSubimage((src.getWidth() - side) / 2, (src.getHeight() - side) / 2, side, side);
        int current = side;
        while (current / 2 >= size) {
            current /= 2;
            im = scale(im, current);
        }
        if (current != size) im = scale(im, size);
        float[] out = new float[3 * size * size];
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = im.getRGB(x, y);
                int i = y * size + x;
                out[i] = ((rgb >> 16) & 0xff) / 127.5f - 1;
                out[plane + i] = ((rgb >> 8) & 0xff) / 127.5f - 1;
                out[2 * plane + i] = (rgb & 0xff) / 127.5f - 1;
            }
        }
        return out;
    }

    private static BufferedImage scale(BufferedImage im, int side) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(im, 0, 0, side, side, null);
        g.dispose();
        return out;
    }
}
