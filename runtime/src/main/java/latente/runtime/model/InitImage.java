package latente.runtime.model;

import java.nio.ByteBuffer;

/**
 * Turns a rendered frame into an image-to-image source: RGBA8 pixels (what glReadPixels of an
 * output gives, rows bottom-up in GL) centre-cropped to the model's aspect and area-averaged to
 * the model's size, written as the interleaved RGB [0, 1] floats {@link Request#init} takes.
 *
 * <p>Allocation-free: the caller owns {@code out}, so a model worker can reuse one buffer per
 * keyframe. Reads {@code rgba} with absolute gets (its position is left alone).
 */
public final class InitImage {
    private InitImage() {}

    /**
     * @param rgba   w×h RGBA8 pixels, row-major
     * @param bottomUp true when the first row is the bottom of the picture (OpenGL readback)
     * @param out    model width × height × 3 floats
     */
    public static float[] fromRgba8(ByteBuffer rgba, int w, int h, boolean bottomUp, int modelW, int modelH, float[] out) {
        if (rgba.capacity() < w * h * 4) throw new IllegalArgumentException("RGBA buffer smaller than " + w + "x" + h);
        if (out.length != modelW * modelH * 3) throw new IllegalArgumentException("output is not " + modelW + "x" + modelH + " RGB");
        // The largest centred crop with the model's aspect.
        double aspect = (double) modelW / modelH;
        int cw = Math.min(w, (int) Math.round(h * aspect)), ch = Math.min(h, (int) Math.round(w / aspect));
        int x0 = (w - cw) / 2, y0 = (h - ch) / 2;
        for (int my = 0; my < modelH; my++) {
            int sy0 = y0 + my * ch / modelH, sy1 = Math.max(sy0 + 1, y0 + (my + 1) * ch / modelH);
            for (int mx = 0; mx < modelW; mx++) {
                int sx0 = x0 + mx * cw / modelW, sx1 = Math.max(sx0 + 1, x0 + (mx + 1) * cw / modelW);
                float r = 0, g = 0, b = 0;
                for (int sy = sy0; sy < sy1; sy++) {
                    int row = bottomUp ? h - 1 - sy : sy;
                    for (int sx = sx0; sx < sx1; sx++) {
                        int i = (row * w + sx) * 4;
                        r += rgba.get(i) & 0xff;
                        g += rgba.get(i + 1) & 0xff;
                        b += rgba.get(i + 2) & 0xff;
                    }
                }
                float scale = 1f / (255f * (sy1 - sy0) * (sx1 - sx0));
                int o = (my * modelW + mx) * 3;
                out[o] = r * scale;
                out[o + 1] = g * scale;
                out[o + 2] = b * scale;
            }
        }
        return out;
    }
}
