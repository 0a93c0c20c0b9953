package latente.runtime.record;

import java.nio.file.Path;

/**
 * What a recording should be: file, size, frame rate, encoding and audio.
 *
 * @param crf         H.264 quality, 0 (lossless) to 51; 18 looks transparent, 23 is x264's default
 * @param x264Preset  encoder speed ("ultrafast" .. "veryslow"); live recording on 2 cores wants a fast one
 * @param audio       an audio file to mux, or null
 * @param pcm         live audio to capture into a WAV beside the video and mux at stop, or null
 */
public record RecordingSettings(Path out, int width, int height, double fps, VideoFormat format, int crf,
                                String x264Preset, AudioTrack audio, PcmSource pcm) {
    public static final int DEFAULT_CRF = 20;
    public static final String LIVE_PRESET = "veryfast";

    public RecordingSettings {
        if (width < 2 || height < 2 || width % 2 == 1 || height % 2 == 1) {
            throw new IllegalArgumentException("recording size must be even and at least 2x2, got " + width + "x" + height);
        }
        if (!(fps > 0)) throw new IllegalArgumentException("recording frame rate must be positive, got " + fps);
        if (crf < 0 || crf > 51) throw new IllegalArgumentException("--quality (CRF) must be 0..51, got " + crf);
        if (audio != null && pcm != null) throw new IllegalArgumentException("give an audio file or live audio, not both");
    }

    /** What {@link OutputFormats#resolve} chose, at the default quality, no audio. */
    public static RecordingSettings of(OutputFormats.Target target, int width, int height, double fps) {
        return new RecordingSettings(target.path(), width, height, fps, target.format(), DEFAULT_CRF, LIVE_PRESET, null, null);
    }

    /** H.264 at the default quality, no audio. */
    public static RecordingSettings h264(Path out, int width, int height, double fps) {
        return new RecordingSettings(withExtension(out, VideoFormat.H264), width, height, fps, VideoFormat.H264, DEFAULT_CRF,
                LIVE_PRESET, null, null);
    }

    public RecordingSettings withOut(Path file) {
        return new RecordingSettings(file, width, height, fps, format, crf, x264Preset, audio, pcm);
    }

    public RecordingSettings withFormat(VideoFormat f) {
        return new RecordingSettings(withExtension(out, f), width, height, fps, f, crf, x264Preset, audio, pcm);
    }

    public RecordingSettings withQuality(int q) {
        return new RecordingSettings(out, width, height, fps, format, q, x264Preset, audio, pcm);
    }

    public RecordingSettings withPreset(String p) {
        return new RecordingSettings(out, width, height, fps, format, crf, p, audio, pcm);
    }

    public RecordingSettings withAudio(AudioTrack a) {
        return new RecordingSettings(out, width, height, fps, format, crf, x264Preset, a, null);
    }

    public RecordingSettings withPcm(PcmSource p) {
        return new RecordingSettings(out, width, height, fps, format, crf, x264Preset, null, p);
    }

    /** Adds the format's container extension when the name has none. */
    public static Path withExtension(Path out, VideoFormat f) {
        String name = out.getFileName().toString();
        return name.lastIndexOf('.') > 0 ? out : out.resolveSibling(name + f.extension());
    }
}
