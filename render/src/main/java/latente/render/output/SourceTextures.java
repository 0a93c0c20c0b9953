package latente.render.output;

import static org.lwjgl.opengl.GL11.*;

import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * The textures behind sources s0..s3 (images, video, camera, model frames). Until something is
 * loaded a source is one black pixel, so a chain that samples an empty source still draws.
 * Render thread only.
 */
public final class SourceTextures implements AutoCloseable {
    public static final int SOURCES = 4;
    private final int[] textures = new int[SOURCES];
    private final int[] widths = new int[SOURCES];
    private final int[] heights = new int[SOURCES];
    private final boolean[] smooth = new boolean[SOURCES];

    public SourceTextures() {
        ByteBuffer black = MemoryUtil.memAlloc(4);
        black.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 255).flip();
        for (int i = 0; i < SOURCES; i++) {
            textures[i] = glGenTextures();
            glBindTexture(GL_TEXTURE_2D, textures[i]);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 1, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, black);
            widths[i] = 1;
            heights[i] = 1;
        }
        MemoryUtil.memFree(black);
    }

    public int texture(int index) {
        return textures[index];
    }

    /**
     * Uploads RGBA8 pixels (rows bottom-up) into source {@code index}; reallocates only when the
     * size changes, so streaming frames of one size allocates nothing. {@code smooth} chooses
     * linear filtering over nearest texels (Hydra's choice for images and videos).
     */
    public void upload(int index, int width, int height, ByteBuffer rgba, boolean smooth) {
        glBindTexture(GL_TEXTURE_2D, textures[index]);
        if (smooth != this.smooth[index]) {
            int filter = smooth ? GL_LINEAR : GL_NEAREST;
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
            this.smooth[index] = smooth;
        }
        if (width != widths[index] || height != heights[index]) {
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
            widths[index] = width;
            heights[index] = height;
        } else {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
        }
    }

    @Override
    public void close() {
        glDeleteTextures(textures);
    }
}
