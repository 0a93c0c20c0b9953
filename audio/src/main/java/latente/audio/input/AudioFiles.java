package latente.audio.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an audio file: WAV natively, anything else through ffmpeg when it is on PATH. */
public final class AudioFiles {
    private AudioFiles() {}

    /**
     * @param paced true to deliver samples in step with the wall clock (live rehearsal), false to
     *     deliver them as fast as they are read (offline analysis, frame-driven renders)
     * @throws UnreadableAudioException with a one-line reason when the file cannot be used
     */
    public static PcmStreamInput open(Path file, boolean paced) throws IOException {
        if (!Files.exists(file)) throw new UnreadableAudioException(file + ": no such file");
        if (!Files.isReadable(file) || Files.isDirectory(file)) throw new UnreadableAudioException(file + ": not a readable file");
        if (WavFile.looksLikeWav(file)) {
            try {
                return WavFile.open(file, paced);
            } catch (UnreadableAudioException e) {
                Path ffmpeg = FfmpegDecoder.find();
                if (ffmpeg == null) throw e;
                return FfmpegDecoder.open(ffmpeg, file, paced);
            }
        }
        Path ffmpeg = FfmpegDecoder.find();
        if (ffmpeg == null) {
            throw new UnreadableAudioException(file + ": not a WAV file, and ffmpeg (needed for other formats) is not on PATH");
        }
        return FfmpegDecoder.open(ffmpeg, file, paced);
    }
}
