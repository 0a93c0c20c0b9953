package latente.runtime.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The frame writer for an offline render or replay: ffmpeg when it is installed, otherwise a PNG
 * sequence that says how to join it. Every frame given is written (offline work never drops).
 */
public final class FrameWriters {
    private FrameWriters() {}

    /** @param label words for the summary line, e.g. "rendered" or "replayed" */
    public static FrameWriter open(RecordingSettings s, String label) throws IOException {
        Path target = s.out().toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        String ffmpeg = Ffmpeg.find("ffmpeg");
        boolean png = s.format() == VideoFormat.PNG;
        if (ffmpeg == null) {
            if (png) return new PngSequenceWriter(s.out(), null, s.width(), s.height(), s.fps());
            return new PngSequenceWriter(PngSequenceWriter.folderFor(s.out()).toPath().resolve(OutputFormats.FOLDER_FRAMES), s.out().toString(),
                    s.width(), s.height(), s.fps());
        }
        return new FfmpegEncoder(FfmpegCommand.record(ffmpeg, s), s.out(), s.width(), s.height(), s.format() + ", " + label);
    }
}
