package latente.dsl.engine;

import java.util.Map;
import java.util.Set;
import latente.runtime.record.RecordingSettings;
import latente.runtime.record.OutputFormats;

/**
 * Turns the performer's recording options (from {@code record}, {@code :record} or
 * {@code play --record}) into {@link RecordingSettings}: the file name and format choose the
 * encoding ({@link OutputFormats}: .mp4/.mkv H.264, .mov ProRes, lossless FFV1, PNG sequences);
 * quality (CRF, H.264 only); preset (x264 speed); fps, width, height.
 */
public final class RecordingOptions {
    private static final Set<String> KNOWN = Set.of("format", "quality", "preset", "fps", "width", "height");

    private RecordingOptions() {}

    public static RecordingSettings settings(String path, Map<String, ?> options, int width, int height, double fps) {
        if (path == null || path.isBlank()) throw new IllegalArgumentException("give a file name, e.g. record 'show.mkv'");
        for (String k : options.keySet()) {
            if (!KNOWN.contains(k)) throw new IllegalArgumentException("unknown option '" + k + "' (known: " + String.join(", ", KNOWN) + ")");
        }
        OutputFormats.Target target = OutputFormats.resolve(path, options.containsKey("format") ? options.get("format").toString() : null);
        RecordingSettings s = RecordingSettings.of(target, integer(options, "width", width), integer(options, "height", height),
                number(options, "fps", fps));
        if (options.containsKey("quality")) s = s.withQuality(integer(options, "quality", RecordingSettings.DEFAULT_CRF));
        if (options.containsKey("preset")) s = s.withPreset(options.get("preset").toString());
        return s;
    }

    private static double number(Map<String, ?> o, String k, double fallback) {
        Object v = o.get(k);
        if (v == null) return fallback;
        if (v instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + " expects a number, got '" + v + "'");
        }
    }

    private static int integer(Map<String, ?> o, String k, int fallback) {
        double d = number(o, k, fallback);
        if (d != Math.rint(d)) throw new IllegalArgumentException(k + " expects a whole number, got " + d);
        return (int) d;
    }
}
