package latente.runtime.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import latente.runtime.io.ChildProcess;

/**
 * One ffmpeg process fed raw frames on its stdin. Its messages go to {@code OUT.ffmpeg.log} so
 * that a failure (disk full, a codec refusing a size) can be explained, and the log is removed
 * after a clean finish. Frames go either as raw video at the command's constant rate
 * ({@link #write}) or, for a command reading Matroska ({@link FfmpegCommand#recordTimed}), each
 * with its own time ({@link #writeTimed}). Thread contract: one thread writes and finishes.
 */
public final class FfmpegEncoder implements FrameWriter {
    private final Process process;
    private final OutputStream pipe;
    private final Path out;
    private final Path log;
    private final int frameBytes;
    private final byte[] copy;
    private final String what;
    private final MatroskaRawStream timed;
    private long frames;

    public FfmpegEncoder(List<String> command, Path out, int width, int height, String what) throws IOException {
        this(command, out, width, height, what, 0);
    }

    /** @param timedFps above 0 when {@code command} reads timestamped frames (Matroska) on stdin: the show's rate */
    public FfmpegEncoder(List<String> command, Path out, int width, int height, String what, double timedFps) throws IOException {
        this.out = out;
        this.what = what;
        this.frameBytes = width * height * 4;
        this.copy = new byte[frameBytes];
        this.log = out.resolveSibling(out.getFileName() + ".ffmpeg.log");
        process = ChildProcess.of(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        pipe = process.getOutputStream();
        try {
            this.timed = timedFps > 0 ? new MatroskaRawStream(pipe, width, height, timedFps) : null;
        } catch (IOException e) {
            throw new IOException(death(), e);
        }
    }

    /** Writes one frame shown from {@code micros} for {@code durationMicros} (a timed encoder only). */
    public void writeTimed(ByteBuffer rgba, long micros, long durationMicros) throws IOException {
        try {
            timed.frame(rgba, micros, durationMicros, copy);
        } catch (IOException e) {
            throw new IOException(death(), e);
        }
        frames++;
    }

    /** Writes one frame; heap buffers go straight to the pipe, direct ones through one reused copy. */
    @Override
    public void write(ByteBuffer rgba) throws IOException {
        try {
            if (rgba.hasArray()) {
                pipe.write(rgba.array(), rgba.arrayOffset(), frameBytes);
            } else {
                rgba.get(0, copy, 0, frameBytes);
                pipe.write(copy);
            }
        } catch (IOException e) {
            throw new IOException(death(), e);
        }
        frames++;
    }

    /** Why ffmpeg stopped taking frames: its exit code and the end of its log. */
    public String death() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) return "ffmpeg exited (code " + process.exitValue() + "): " + tail();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "ffmpeg stopped accepting frames: " + tail();
    }

    public long frames() {
        return frames;
    }

    public Path out() {
        return out;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Closes the pipe and waits for ffmpeg to finish the file (at most {@code seconds}). */
    public String finish(long seconds) throws IOException {
        try {
            pipe.close();
        } catch (IOException ignored) {
            // ffmpeg already exited; its exit code and log say why.
        }
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish " + out + " in " + seconds + " s and was stopped; the file plays up to that point");
            }
            int code = process.exitValue();
            if (code != 0) throw new IOException("ffmpeg failed (exit " + code + "): " + tail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg finished " + out);
        }
        Files.deleteIfExists(log);
        return "wrote " + out + " (" + frames + " frames, " + what + ")";
    }

    @Override
    public String finish() throws IOException {
        return finish(600);
    }

    /** The line of ffmpeg's log that says what went wrong: the last one, skipping "repeated" notes (the log keeps all). */
    private String tail() {
        try {
            String found = null;
            for (String line : Files.readAllLines(log)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("Last message repeated")) found = l;
            }
            if (found == null) return "(no message)";
            return found.length() > 300 ? found.substring(found.length() - 300) : found;
        } catch (IOException e) {
            return "(ffmpeg left no log)";
        }
    }
}
