package latente.cli.play;

import latente.cli.UsageException;

/** {@code --resolution auto|WxH}: the outputs' render scale (NaN: adaptive) for a picture of {@code width}×{@code height}. */
public final class RenderScaleOption {
    private RenderScaleOption() {}

    public static double scale(String value, int width, int height) throws UsageException {
        if (value.equals("auto")) return Double.NaN;
        String[] wh = value.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (wh.length == 2) {
                int w = Integer.parseInt(wh[0].strip());
                int h = Integer.parseInt(wh[1].strip());
                if (w >= 2 && h >= 2 && w <= width && h <= height) return Math.min((double) w / width, (double) h / height);
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new UsageException("--resolution is auto or WxH no larger than the picture (" + width + "x" + height + "), e.g. 640x360");
    }
}
