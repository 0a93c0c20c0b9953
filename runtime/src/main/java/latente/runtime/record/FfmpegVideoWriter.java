package latente.runtime.record;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pipes raw RGBA frames into an ffmpeg process that encodes H.264, yuv420p (playable everywhere).
 * ffmpeg's own messages go to a log file beside the output so that a failure can be explained.
 */
public final class FfmpegVideoWriter implements FrameWriter {
    private final Process process;
    private final OutputStream pipe;
    private final byte[] row;
    private final Path out;
    private final Path log;
    private final int width;
    private final int height;
    private long frames;

    public FfmpegVideoWriter(String ffmpeg, Path out, int width, int height, double fps) throws IOException {
        this.out = out;
        this.width = width;
        this.height = height;
        this.row = new byte[width * height * 4];
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        this.log = out.resolveSibling(out.getFileName() + ".ffmpeg.log");
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-y", "-hide_banner", "-loglevel", "error",
                "-f", "rawvideo", "-pix_fmt", "rgba", "-s", width + "x" + height, "-r", fmt(fps), "-i", "-",
                "-vf", "vflip", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p"));
        if (out.toString().endsWith(".mp4") || out.toString().endsWith(".mov")) cmd.addAll(List.of("-movflags", "+faststart"));
        cmd.add(out.toString());
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        pipe = process.getOutputStream();
    }

    private static String fmt(double fps) {
        return fps == Math.rint(fps) ? Long.toString((long) fps) : Double.toString(fps);
    }

    @Override
    public void write(ByteBuffer rgba) throws IOException {
        rgba.get(0, row, 0, row.length);
        try {
            pipe.write(row);
        } catch (IOException e) {
            throw new IOException("ffmpeg stopped accepting frames: " + tail(), e);
        }
        frames++;
    }

    @Override
    public String finish() throws IOException {
        try {
            pipe.close();
        } catch (IOException ignored) {
            // ffmpeg already exited; its exit code and log say why.
        }
        try {
            int code = process.waitFor();
            if (code != 0) throw new IOException("ffmpeg failed (exit " + code + "): " + tail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg finished " + out);
        }
        Files.deleteIfExists(log);
        return "wrote " + out + " (" + frames + " frames, " + width + "x" + height + ", H.264)";
    }

    private String tail() {
        try {
            String text = Files.readString(log).strip();
            return text.isEmpty() ? "(no message; see " + log + ")" : text.substring(Math.max(0, text.length() - 400));
        } catch (IOException e) {
            return "(see " + log + ")";
        }
    }

    /** Where a frame writer should put a PNG sequence when ffmpeg is missing: {@code out} minus extension. */
    public static File pngFolderFor(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "_frames").toFile();
    }
}
