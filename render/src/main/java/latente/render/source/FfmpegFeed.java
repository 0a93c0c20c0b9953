package latente.render.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import latente.runtime.io.ChildProcess;
import latente.runtime.record.Ffmpeg;

/**
 * A video file (looped, at its own frame rate) or a camera (v4l2) decoded by an ffmpeg process
 * into raw RGBA frames, bottom-up (ffmpeg flips them). A worker thread reads whole frames from
 * the pipe straight into the ring's direct buffers; the render thread uploads the newest. Nothing
 * here can stop the show: a dying ffmpeg is reported once and the last frame stays.
 */
public final class FfmpegFeed implements SourceFeed {
    private static final int FALLBACK_W = 640;
    private static final int FALLBACK_H = 360;

    private final FrameRing ring = new FrameRing();
    private final Process process;
    private final Thread worker;
    private final String description;
    private volatile boolean closed;

    private FfmpegFeed(Process process, int width, int height, String description, Consumer<String> messages) {
        this.process = process;
        this.description = description;
        this.worker = new Thread(() -> pump(width, height, messages), "latente-source " + description);
        worker.setDaemon(true);
        worker.start();
    }

    /** A video file, looped forever at its own pace. */
    public static FfmpegFeed video(Path file, Consumer<String> messages) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("video not found: " + file);
        return start(List.of("-re", "-stream_loop", "-1", "-i", file.toString()), "video " + file.getFileName(), messages);
    }

    /** Camera {@code index} (/dev/videoN) through v4l2. */
    public static FfmpegFeed camera(int index, Consumer<String> messages) throws IOException {
        Path device = Path.of("/dev/video" + index);
        if (!Files.exists(device)) {
            throw new IOException("no camera " + device + " on this machine (initCam needs a v4l2 camera; try initVideo with a file)");
        }
        return start(List.of("-f", "v4l2", "-i", device.toString()), "camera " + device, messages);
    }

    private static FfmpegFeed start(List<String> input, String what, Consumer<String> messages) throws IOException {
        String ffmpeg = Ffmpeg.find("ffmpeg");
        if (ffmpeg == null) throw new IOException(what + " needs ffmpeg on the PATH (Debian: apt install ffmpeg)");
        int[] size = probe(input);
        String filter = size == null ? "vflip,scale=" + FALLBACK_W + ":" + FALLBACK_H : "vflip";
        int w = size == null ? FALLBACK_W : size[0], h = size == null ? FALLBACK_H : size[1];
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-v", "error", "-nostdin"));
        cmd.addAll(input);
        cmd.addAll(List.of("-an", "-vf", filter, "-f", "rawvideo", "-pix_fmt", "rgba", "pipe:1"));
        Process p = ChildProcess.of(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        return new FfmpegFeed(p, w, h, what + " " + w + "x" + h, messages);
    }

    /** Width and height of the first video stream, or null when ffprobe is missing or says nothing. */
    private static int[] probe(List<String> input) {
        String ffprobe = Ffmpeg.find("ffprobe");
        if (ffprobe == null) return null;
        List<String> cmd = new ArrayList<>(List.of(ffprobe, "-v", "error", "-select_streams", "v:0",
                "-show_entries", "stream=width,height", "-of", "csv=p=0:s=x"));
        for (int i = 0; i < input.size(); i++) {
            String a = input.get(i);
            if (a.equals("-re")) continue;
            if (a.equals("-stream_loop")) { i++; continue; }
            if (!a.equals("-i")) cmd.add(a);
        }
        try {
            Process p = ChildProcess.of(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            String[] wh = out.lines().findFirst().orElse("").split("x");
            int w = Integer.parseInt(wh[0].strip()), h = Integer.parseInt(wh[1].strip());
            return w > 0 && h > 0 ? new int[] {w, h} : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void pump(int width, int height, Consumer<String> messages) {
        try (InputStream in = process.getInputStream(); ReadableByteChannel ch = Channels.newChannel(in)) {
            while (!closed) {
                ByteBuffer b = ring.beginWrite(width, height);
                while (b.hasRemaining()) {
                    if (ch.read(b) < 0) {
                        if (!closed) messages.accept(description + ": ffmpeg stopped: " + errorTail() + " (keeping the last frame)");
                        return;
                    }
                }
                ring.publish();
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) messages.accept(description + ": " + e.getMessage() + " (keeping the last frame)");
        }
    }

    private String errorTail() {
        try {
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return err.isEmpty() ? "end of stream" : err.lines().reduce((a, b) -> b).orElse(err);
        } catch (IOException e) {
            return "end of stream";
        }
    }

    @Override
    public FrameRing frames() {
        return ring;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        closed = true;
        process.destroy();
        worker.interrupt();
    }
}
