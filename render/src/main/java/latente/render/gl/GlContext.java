package latente.render.gl;

/**
 * An OpenGL 3.3+ core context current on the calling thread. Thread contract: created, used and
 * closed on the render thread only; {@link #compileContext} makes the compile thread's context.
 */
public interface GlContext extends AutoCloseable {
    /** A human-readable line: platform, GL version and renderer (e.g. "EGL surfaceless, llvmpipe"). */
    String description();

    /** True for a window the audience sees; false for headless rendering into FBOs only. */
    boolean hasWindow();

    /** Size of the default framebuffer (the window) in pixels; 0×0 when headless. */
    int windowWidth();

    int windowHeight();

    /** Shows the frame drawn into the default framebuffer (no-op when headless). */
    void swapBuffers();

    /** Polls window events; returns false once the user has asked the window to close. */
    boolean pollEvents();

    /**
     * A new context of the same kind that shares nothing with this one, for the compile thread
     * (render thread; this context stays current).
     */
    CompileGlContext compileContext();

    @Override
    void close();
}
