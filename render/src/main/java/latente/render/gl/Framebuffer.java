package latente.render.gl;

import static org.lwjgl.opengl.GL30.*;

import java.nio.ByteBuffer;

/**
 * An RGBA8 texture with a framebuffer around it, sampled with linear filtering or, for the
 * outputs o0..o3, with nearest texels as Hydra samples its outputs (feedback that zooms by a
 * little then grows in whole pixels, as there).
 *
 * <p>Thread contract: used by the thread whose context made it: the render thread, or for the
 * cost trial's target the compile thread.
 */
public final class Framebuffer implements AutoCloseable {
    private final int fbo;
    private final int texture;
    private final int width;
    private final int height;

    public Framebuffer(int width, int height) {
        this(width, height, true);
    }

    public Framebuffer(int width, int height, boolean smooth) {
        this.width = width;
        this.height = height;
        texture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, (ByteBuffer) null);
        int filter = smooth ? GL_LINEAR : GL_NEAREST;
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
        fbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("framebuffer " + width + "x" + height + " incomplete: 0x" + Integer.toHexString(status));
        }
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    public void bind() {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
    }

    /** Paints it opaque black, as a new framebuffer starts (render thread). */
    public void clearToBlack() {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }

    public int fbo() {
        return fbo;
    }

    public int texture() {
        return texture;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public void close() {
        glDeleteFramebuffers(fbo);
        glDeleteTextures(texture);
    }
}
