package latente.render;

import static org.lwjgl.opengl.GL11.*;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The textures a cost trial samples in place of the stage's: one per texture shape (size and
 * filtering, {@link RenderLink#shape}), RGBA8 and repeating like every texture of the stage. The
 * trial runs in a context that shares nothing with the stage's, and the driver's compiled code
 * depends on what a program samples (with llvmpipe: filtering, and whether each side is a power
 * of two); with inputs of the stage's shapes, the code compiled for the trial is the code the
 * render thread finds in the driver's cache.
 *
 * <p>Thread contract: the thread whose context made it. Keeps at most {@link #KEPT} textures.
 */
final class TrialInputs implements AutoCloseable {
    private static final int KEPT = 16;
    private final Map<Long, Integer> textures = new HashMap<>();

    /** A texture of {@code shape}; a shape of 0 (not yet known) is one black pixel. */
    int texture(long shape) {
        Integer t = textures.get(shape);
        if (t != null) return t;
        if (textures.size() >= KEPT) close();
        int width = shape == 0 ? 1 : (int) (shape >>> 32);
        int height = shape == 0 ? 1 : (int) ((shape >>> 1) & 0x7fff_ffffL);
        int filter = (shape & 1) != 0 ? GL_LINEAR : GL_NEAREST;
        int texture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, (ByteBuffer) null);
        textures.put(shape, texture);
        return texture;
    }

    @Override
    public void close() {
        for (int t : textures.values()) glDeleteTextures(t);
        textures.clear();
    }
}
