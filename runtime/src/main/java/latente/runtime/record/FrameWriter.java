package latente.runtime.record;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A sink for finished frames: RGBA8, width × height × 4 bytes, rows bottom-up (as OpenGL reads
 * them). Thread contract: one thread writes; the buffer may be reused by the caller as soon as
 * {@link #write} returns.
 */
public interface FrameWriter extends AutoCloseable {
    void write(ByteBuffer rgba) throws IOException;

    /** Finishes the file; returns a one-line summary for the user (what was written where). */
    String finish() throws IOException;

    @Override
    default void close() throws IOException {
        finish();
    }
}
