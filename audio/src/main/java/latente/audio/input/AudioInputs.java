package latente.audio.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an input from what a performer types: a file path, a device name, "default" or "none". */
public final class AudioInputs {
    private AudioInputs() {}

    /**
     * An existing path (or anything that looks like a file name) is a file; "none" or "silence"
     * (or null) is silence; anything else names a capture device, "default" the system's.
     *
     * @param paced files and silence follow the wall clock (live) or not (offline)
     * @param silenceRate the sample rate of silence
     * @throws IOException with a one-line reason when the file or device cannot be used
     */
    public static AudioInput open(String spec, boolean paced, double silenceRate) throws IOException {
        if (spec == null || spec.equalsIgnoreCase("none") || spec.equalsIgnoreCase("silence")) {
            return new SilenceInput(silenceRate, paced);
        }
        if (looksLikeFile(spec)) return AudioFiles.open(Path.of(spec), paced);
        return new CaptureInput(JavaSoundLine.open(spec));
    }

    private static boolean looksLikeFile(String spec) {
        try {
            if (Files.exists(Path.of(spec))) return true;
        } catch (RuntimeException e) {
            return false;
        }
        return spec.contains("/") || spec.contains("\\") || spec.toLowerCase().matches(".*\\.(wav|mp3|flac|ogg|aiff?|m4a|aac|opus)$");
    }
}
