package latente.runtime.model.sd;

/**
 * An RGB image as floats in [0, 1], interleaved and row-major with the top row first:
 * {@code rgb[(y * width + x) * 3 + c]}. This is the layout a GL texture upload of
 * {@code GL_RGB}/{@code GL_FLOAT} expects (flip rows if the consumer wants bottom-up).
 */
public record SdImage(int width, int height, float[] rgb) {
    public SdImage {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("rgb has " + rgb.length + " floats, expected " + width + "×" + height + "×3");
        }
    }

    public float get(int x, int y, int channel) {
        return rgb[(y * width + x) * 3 + channel];
    }
}
