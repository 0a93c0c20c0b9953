package latente.tests.hydra;

/**
 * An RGBA8 picture, rows top-down (as on screen), and the measures the conformance suite compares:
 * the mean absolute RGB error against another picture, and, for noise and voronoi (whose hash is
 * ours by design), statistics a viewer notices: per-channel mean and spread, and how busy the
 * picture is (the mean difference between neighbouring pixels, a measure of spatial frequency).
 */
record Picture(int width, int height, byte[] rgba) {
    int at(int x, int y, int channel) {
        return rgba[(y * width + x) * 4 + channel] & 0xff;
    }

    /** From GL's readback order (rows bottom-up) to screen order. */
    static Picture fromBottomUp(int width, int height, java.nio.ByteBuffer glRows) {
        byte[] out = new byte[width * height * 4];
        for (int y = 0; y < height; y++) glRows.get((height - 1 - y) * width * 4, out, y * width * 4, width * 4);
        return new Picture(width, height, out);
    }

    /** Every pixel fully transparent black: nothing was drawn. */
    boolean isBlank() {
        for (byte b : rgba) if (b != 0) return false;
        return true;
    }

    /** Mean over pixels and R, G, B of |this - other|, in 0..255 units. */
    double meanAbsRgbError(Picture other) {
        long sum = 0;
        for (int i = 0; i < rgba.length; i += 4) {
            for (int c = 0; c < 3; c++) sum += Math.abs((rgba[i + c] & 0xff) - (other.rgba[i + c] & 0xff));
        }
        return sum / (3.0 * width * height);
    }

    /** Per channel R, G, B: mean, standard deviation, and mean |difference| of horizontal and vertical neighbours. */
    double[][] stats() {
        double[][] s = new double[3][3];
        int n = width * height;
        for (int c = 0; c < 3; c++) {
            double sum = 0, sq = 0, busy = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double v = at(x, y, c);
                    sum += v;
                    sq += v * v;
                    if (x > 0) busy += Math.abs(v - at(x - 1, y, c));
                    if (y > 0) busy += Math.abs(v - at(x, y - 1, c));
                }
            }
            double mean = sum / n;
            s[c][0] = mean;
            s[c][1] = Math.sqrt(Math.max(0, sq / n - mean * mean));
            s[c][2] = busy / ((width - 1) * height + width * (height - 1));
        }
        return s;
    }

    /** The first row (top-down) where the pictures differ most, for messages: "row 3: (12,200,0) vs (0,0,0) at x=5". */
    String worstPixel(Picture other) {
        int worst = -1, worstIndex = 0;
        for (int i = 0; i < rgba.length; i += 4) {
            int d = 0;
            for (int c = 0; c < 3; c++) d += Math.abs((rgba[i + c] & 0xff) - (other.rgba[i + c] & 0xff));
            if (d > worst) {
                worst = d;
                worstIndex = i / 4;
            }
        }
        int x = worstIndex % width, y = worstIndex / width;
        return "worst at (" + x + ", " + y + ") from the top left: " + rgb(x, y) + " vs " + other.rgb(x, y);
    }

    void writePng(java.nio.file.Path file) throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) img.setRGB(x, y, at(x, y, 0) << 16 | at(x, y, 1) << 8 | at(x, y, 2));
        }
        javax.imageio.ImageIO.write(img, "png", file.toFile());
    }

    String rgb(int x, int y) {
        return "(" + at(x, y, 0) + "," + at(x, y, 1) + "," + at(x, y, 2) + ")";
    }
}
