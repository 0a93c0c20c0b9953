package latente.runtime.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses what a recording, render or replay writes from the name it is given and an optional
 * format: {@code .mp4}/{@code .mkv} H.264 (the default), {@code .mov} ProRes, FFV1 with format
 * lossless ({@code .mkv}), and a PNG sequence for a numbered pattern ({@code frames/%05d.png},
 * frames numbered from 1) or a folder ({@code frames/}, files {@code frame_000001.png}...). Any
 * other name is refused with a message naming what can be written, before anything is written.
 */
public final class OutputFormats {
    /** What can be written, for messages. */
    public static final String WRITABLE = ".mp4 or .mkv (H.264, the default), .mov (ProRes), .mkv with format lossless (FFV1), "
            + "or a PNG sequence: a numbered pattern such as frames/%05d.png, or a folder (frames/)";

    /** The file names of a PNG sequence written into a folder. */
    public static final String FOLDER_FRAMES = "frame_%06d.png";

    private static final Pattern NUMBERED = Pattern.compile("%0?\\d*d");

    /** A resolved output: where to write and how. */
    public record Target(Path path, VideoFormat format) {}

    private OutputFormats() {}

    /**
     * @param out    the name as the user gave it
     * @param format a format name (h264, prores, lossless, png) or null to choose by extension
     * @throws IllegalArgumentException naming what can be written
     */
    public static Target resolve(String out, String format) {
        if (out == null || out.isBlank()) throw new IllegalArgumentException("give a file name: " + WRITABLE);
        VideoFormat asked = format == null ? null : VideoFormat.parse(format);
        String name = Path.of(out).getFileName() == null ? "" : Path.of(out).getFileName().toString();
        if (NUMBERED.matcher(name).find()) return sequence(out, name, asked);
        if (out.endsWith("/") || Files.isDirectory(Path.of(out)) || (asked == VideoFormat.PNG && extension(name).isEmpty())) {
            if (asked != null && asked != VideoFormat.PNG) throw new IllegalArgumentException(out + " is a folder; " + asked.label() + " needs a file: " + WRITABLE);
            return new Target(Path.of(out).resolve(FOLDER_FRAMES), VideoFormat.PNG);
        }
        String ext = extension(name);
        return switch (ext) {
            case "" -> {
                VideoFormat f = asked == null ? VideoFormat.H264 : asked;
                yield new Target(Path.of(out + f.extension()), f);
            }
            case "mp4", "m4v" -> new Target(Path.of(out), only(asked, VideoFormat.H264, ext, VideoFormat.H264));
            case "mkv" -> new Target(Path.of(out), only(asked, VideoFormat.H264, ext, VideoFormat.H264, VideoFormat.PRORES, VideoFormat.LOSSLESS));
            case "mov" -> new Target(Path.of(out), only(asked, VideoFormat.PRORES, ext, VideoFormat.PRORES, VideoFormat.H264));
            case "png" -> throw new IllegalArgumentException("cannot write a video to one .png file (" + out
                    + "); for PNG frames give a numbered pattern such as frames/%05d.png, or a folder. Latente writes " + WRITABLE);
            default -> throw new IllegalArgumentException("cannot write ." + ext + " files (" + out + "); Latente writes " + WRITABLE);
        };
    }

    private static Target sequence(String out, String name, VideoFormat asked) {
        if (!extension(name).equals("png")) {
            throw new IllegalArgumentException("cannot write " + out + ": a numbered pattern writes PNG files, so end it with .png; Latente writes " + WRITABLE);
        }
        if (asked != null && asked != VideoFormat.PNG) {
            throw new IllegalArgumentException(out + " is a PNG sequence; " + asked.label() + " needs a video file: " + WRITABLE);
        }
        if (name.indexOf('%') != name.lastIndexOf('%') || out.indexOf('%') != out.lastIndexOf('%')) {
            throw new IllegalArgumentException("a PNG pattern takes one number, such as frames/%05d.png (got " + out + "); Latente writes " + WRITABLE);
        }
        return new Target(Path.of(out), VideoFormat.PNG);
    }

    private static VideoFormat only(VideoFormat asked, VideoFormat fallback, String ext, VideoFormat... allowed) {
        VideoFormat f = asked == null ? fallback : asked;
        for (VideoFormat a : allowed) if (a == f) return f;
        throw new IllegalArgumentException("cannot write " + f.label() + " in ." + ext + "; Latente writes " + WRITABLE);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The file of frame {@code n} (from 1) of a PNG pattern. */
    public static Path frameFile(Path pattern, long n) {
        return pattern.resolveSibling(String.format(Locale.ROOT, pattern.getFileName().toString(), n));
    }
}
