package latente.render.gl;

/**
 * A second OpenGL context, for the compile thread, that shares nothing with the stage's. The
 * compile thread compiles, links and trial-draws each new program there; the render thread then
 * builds the same program in its own context, where the driver's shader cache, filled by the
 * trial, answers at once. Nothing is shared because Mesa's llvmpipe crashed the stage (a freed
 * program still in use by the other context) when two sharing contexts deleted programs on two
 * threads; two independent contexts on two threads are the case every driver supports.
 *
 * <p>Thread contract: created and closed on the render thread (GLFW creates and destroys windows
 * there only), after {@link #release} on the thread that used it; {@link #makeCurrent} and
 * {@link #release} on the one thread that uses it (the compile thread).
 */
public interface CompileGlContext extends AutoCloseable {
    /** Makes the context current on the calling thread, with GL functions loaded for it. */
    void makeCurrent();

    /** Detaches the context from the calling thread (before it ends). */
    void release();

    @Override
    void close();
}
