package latente.runtime.record;

import java.util.List;
import java.util.Locale;

/**
 * The encodings a recording can use. {@code H264} is playable everywhere (yuv420p, CRF quality);
 * {@code PRORES} (ProRes 422 HQ, 10-bit 4:2:2) is for editing suites; {@code LOSSLESS} (FFV1)
 * keeps every pixel; {@code PNG} is a numbered sequence of opaque PNG files, one per frame.
 * Each video format has a default container that stays playable if the process is killed.
 * Which one a file name asks for is decided by {@link OutputFormats}.
 */
public enum VideoFormat {
    H264(".mkv", "H.264"),
    PRORES(".mov", "ProRes"),
    LOSSLESS(".mkv", "FFV1 (lossless)"),
    PNG(".png", "a PNG sequence");

    private final String extension;
    private final String label;

    VideoFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** Words for messages: "H.264", "ProRes"... */
    public String label() {
        return label;
    }

    /** The container extension used when the file name has none. */
    public String extension() {
        return extension;
    }

    /** "h264", "prores" or "lossless" (any case). */
    public static VideoFormat parse(String name) {
        for (VideoFormat f : values()) if (f.name().equalsIgnoreCase(name)) return f;
        throw new IllegalArgumentException("unknown recording format '" + name + "' (use h264, prores, lossless or png)");
    }

    /** ffmpeg's video codec arguments; {@code crf} matters for H.264 only. */
    List<String> codecArgs(int crf, String x264Preset, double fps) {
        String gop = Integer.toString(Math.max(1, (int) Math.round(fps * 2)));
        return switch (this) {
            case H264 -> List.of("-c:v", "libx264", "-preset", x264Preset, "-crf", Integer.toString(crf),
                    "-pix_fmt", "yuv420p", "-g", gop);
            case PRORES -> List.of("-c:v", "prores_ks", "-profile:v", "3", "-pix_fmt", "yuv422p10le");
            case LOSSLESS -> List.of("-c:v", "ffv1", "-level", "3", "-g", gop, "-pix_fmt", "bgr0");
            case PNG -> List.of("-c:v", "png", "-pix_fmt", "rgb24");
        };
    }

    /** ffmpeg's audio codec for this format's containers. */
    List<String> audioArgs(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (this == PRORES || n.endsWith(".mov")) return List.of("-c:a", "pcm_s16le");
        if (this == LOSSLESS) return List.of("-c:a", "flac");
        return List.of("-c:a", "aac", "-b:a", "192k");
    }

    /** Container flags that keep the file playable when the writer dies before finishing it. */
    static List<String> crashSafeContainerArgs(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        // A PNG sequence: every frame its own file, numbered from 1.
        if (n.endsWith(".png")) return List.of("-f", "image2", "-start_number", "1");
        if (n.endsWith(".mp4") || n.endsWith(".mov") || n.endsWith(".m4v")) {
            // Fragmented MP4: a self-contained fragment every second. The moov waits for the first
            // fragment (delay_moov) so that it can carry edit lists: without them the encoder's
            // B-frame delay and AAC priming put the video's first frame 1-2 frames after the audio.
            return List.of("-movflags", "+frag_keyframe+empty_moov+delay_moov+default_base_moof", "-frag_duration", "1000000",
                    "-flush_packets", "1");
        }
        // Matroska: close a cluster (and write it out) every second, so a kill loses at most about a second.
        return List.of("-cluster_time_limit", "1000", "-flush_packets", "1");
    }
}
