package latente.render.readback;

import static org.lwjgl.opengl.GL30.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import latente.render.gl.Framebuffer;
import latente.runtime.record.PngFiles;

/**
 * {@code :snap}: a PNG of the final frame at full resolution. The render thread reads the pixels
 * (one synchronous read, a few milliseconds, only when a snapshot is asked for); a background
 * thread encodes and writes the PNG, so the frame rate does not dip for the encoding.
 */
public final class Snapshot {
    private Snapshot() {}

    /**
     * Render thread: reads {@code frame} and writes it to {@code out} in the background.
     * The future completes with the path, or fails with a readable message (unwritable path).
     */
    public static CompletableFuture<Path> write(Framebuffer frame, Path out) {
        int w = frame.width();
        int h = frame.height();
        ByteBuffer pixels = ByteBuffer.allocateDirect(w * h * 4);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, frame.fbo());
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
        return CompletableFuture.supplyAsync(() -> {
            try {
                PngFiles.write(pixels, w, h, out);
                return out;
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** A fresh name in {@code folder}: snap-0001.png, snap-0002.png... */
    public static Path nextName(Path folder) {
        for (int i = 1; ; i++) {
            Path p = folder.resolve(String.format("snap-%04d.png", i));
            if (!java.nio.file.Files.exists(p)) return p;
        }
    }
}
