package latente.render.gl;

/**
 * A second OpenGL context that shares objects (shader programs, textures, buffers; not
 * framebuffers or vertex arrays) with the stage's, so that another thread can compile, link and
 * try out shader programs which the render thread then draws with.
 *
 * <p>Thread contract: created and closed on the render thread (GLFW creates and destroys windows
 * there only), after {@link #release} on the thread that used it; {@link #makeCurrent} and
 * {@link #release} on the one thread that uses it (the compile thread).
 */
public interface SharedGlContext extends AutoCloseable {
    /** Makes the context current on the calling thread, with GL functions loaded for it. */
    void makeCurrent();

    /** Detaches the context from the calling thread (before it ends). */
    void release();

    @Override
    void close();
}
