package latente.audio.input;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latente.runtime.io.ChildProcess;

/**
 * Decodes any format ffmpeg knows by running {@code ffmpeg -i FILE -f s16le -ac 1 -ar 44100 -}
 * and reading its standard output: 16-bit little-endian mono at 44.1 kHz. ffmpeg's error output
 * is collected (the last 2 KB) so that a file it cannot decode gives its own one-line reason.
 */
public final class FfmpegDecoder {
    public static final int RATE = 44100;

    private FfmpegDecoder() {}

    /** The ffmpeg executable on PATH, or null. */
    public static Path find() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "ffmpeg");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    public static PcmStreamInput open(Path ffmpeg, Path file, boolean paced) throws IOException {
        List<String> command = List.of(ffmpeg.toString(), "-nostdin", "-v", "error", "-i", file.toString(),
                "-vn", "-f", "s16le", "-ac", "1", "-ar", Integer.toString(RATE), "-");
        Process process = ChildProcess.of(command).start();
        StringBuilder errors = new StringBuilder();
        Thread drain = new Thread(() -> collect(process.getErrorStream(), errors), "latente-ffmpeg-stderr");
        drain.setDaemon(true);
        drain.start();
        InputStream out = new BufferedInputStream(process.getInputStream(), 1 << 16);
        out.mark(1);
        if (out.read() < 0) {
            try {
                process.waitFor();
                drain.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String reason;
            synchronized (errors) {
                reason = lastLine(errors.toString());
            }
            throw new UnreadableAudioException(file + ": ffmpeg could not decode it" + (reason.isEmpty() ? "" : " (" + reason + ")"));
        }
        out.reset();
        PcmDecoder decoder = new PcmDecoder(1, 16, false, false);
        String what = "file " + file.getFileName() + " (via ffmpeg, " + RATE + " Hz)";
        return new PcmStreamInput(out, decoder, RATE, -1, what, paced, process::destroy);
    }

    private static void collect(InputStream err, StringBuilder into) {
        byte[] b = new byte[1024];
        try (err) {
            int n;
            while ((n = err.read(b)) > 0) {
                synchronized (into) {
                    into.append(new String(b, 0, n, StandardCharsets.UTF_8));
                    if (into.length() > 2048) into.delete(0, into.length() - 2048);
                }
            }
        } catch (IOException ignored) {
            // the process ended; whatever was collected is kept
        }
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
