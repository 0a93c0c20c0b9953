package latente.render.gl;

import static org.lwjgl.glfw.GLFW.*;

import latente.runtime.bus.ParamBus;
import org.lwjgl.PointerBuffer;
import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.glfw.GLFWVidMode;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.MemoryStack;

/**
 * A stage window through GLFW: windowed, or fullscreen on a chosen monitor, with vsync.
 * Thread contract: GLFW wants its calls on the process's main thread on some platforms; on
 * Linux/X11 the render thread may own it, which is how Latente uses it.
 */
public final class GlfwWindowContext implements GlContext {
    private final long window;
    private final GLCapabilities capabilities;
    private final int[] sizeX = new int[1], sizeY = new int[1];
    /** True for the first window: closing it ends GLFW; a shared second window closes alone. */
    private boolean ownsGlfw;
    /** The window's place and size before it went fullscreen, to come back to. */
    private int windowedX = 40, windowedY = 40, windowedWidth, windowedHeight;

    private GlfwWindowContext(long window, GLCapabilities capabilities) {
        this.window = window;
        this.capabilities = capabilities;
    }

    /** True when a display server seems reachable (DISPLAY or WAYLAND_DISPLAY set). */
    public static boolean displayAvailable() {
        String x = System.getenv("DISPLAY");
        String w = System.getenv("WAYLAND_DISPLAY");
        return (x != null && !x.isBlank()) || (w != null && !w.isBlank());
    }

    /**
     * Opens the window and makes its context current.
     *
     * @param monitorIndex -1 for a window, otherwise the fullscreen monitor (0 = primary)
     */
    public static GlfwWindowContext create(String title, int width, int height, int monitorIndex, boolean vsync) {
        GLFWErrorCallback.createPrint(System.err).set();
        if (!glfwInit()) throw new IllegalStateException("GLFW could not start (is there a display?)");
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        long monitor = 0;
        if (monitorIndex >= 0) {
            PointerBuffer monitors = glfwGetMonitors();
            if (monitors == null || monitorIndex >= monitors.limit()) {
                int n = monitors == null ? 0 : monitors.limit();
                glfwTerminate();
                throw new IllegalArgumentException("--display " + monitorIndex + ": only " + n + " monitor(s) found");
            }
            monitor = monitors.get(monitorIndex);
            GLFWVidMode mode = glfwGetVideoMode(monitor);
            if (mode != null) {
                width = mode.width();
                height = mode.height();
            }
        }
        long w = glfwCreateWindow(width, height, title, monitor, 0);
        if (w == 0) {
            glfwTerminate();
            throw new IllegalStateException("GLFW could not open an OpenGL 3.3 core window");
        }
        glfwMakeContextCurrent(w);
        glfwSwapInterval(vsync ? 1 : 0);
        GlfwWindowContext c = new GlfwWindowContext(w, GL.createCapabilities());
        c.ownsGlfw = true;
        c.windowedWidth = monitor == 0 ? width : 1280;
        c.windowedHeight = monitor == 0 ? height : 720;
        return c;
    }

    /**
     * Opens a second window whose context shares textures, buffers and shader programs with
     * {@code share}'s (not framebuffers or vertex arrays, which stay per context), and leaves
     * {@code share} current. Never synchronised to vsync, so presenting two windows does not
     * halve the frame rate. Render thread, after {@link #create}.
     */
    public static GlfwWindowContext createShared(String title, int width, int height, GlfwWindowContext share) {
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        long w = glfwCreateWindow(width, height, title, 0, share.window);
        if (w == 0) throw new IllegalStateException("GLFW could not open a second window sharing the stage's context");
        glfwMakeContextCurrent(w);
        glfwSwapInterval(0);
        GlfwWindowContext c = new GlfwWindowContext(w, GL.createCapabilities());
        c.windowedWidth = width;
        c.windowedHeight = height;
        share.makeCurrent();
        return c;
    }

    /**
     * A hidden 1x1 window whose context shares nothing with this one, for the compile thread:
     * GLFW offers no context without a window, and windows are created and destroyed on the
     * render thread only. This window's context stays current here.
     */
    @Override
    public CompileGlContext compileContext() {
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        long hidden = glfwCreateWindow(1, 1, "latente compile", 0, 0);
        glfwDefaultWindowHints();
        if (hidden == 0) throw new IllegalStateException("GLFW could not open a hidden window for the compile thread's context");
        return new CompileGlContext() {
            @Override
            public void makeCurrent() {
                glfwMakeContextCurrent(hidden);
                GL.createCapabilities();
            }

            @Override
            public void release() {
                GL.setCapabilities(null);
                glfwMakeContextCurrent(0);
            }

            @Override
            public void close() {
                glfwDestroyWindow(hidden);
            }
        };
    }

    /** Makes this window's context current on the calling thread. Allocation-free. */
    public void makeCurrent() {
        glfwMakeContextCurrent(window);
        GL.setCapabilities(capabilities);
    }

    /** True while the window is fullscreen on a monitor. */
    public boolean fullscreen() {
        return glfwGetWindowMonitor(window) != 0;
    }

    /**
     * Fullscreen on monitor {@code monitorIndex} (0 = primary; an index past the last monitor
     * uses the primary), or back to a window at its earlier place and size. Render thread.
     */
    public void fullscreen(boolean on, int monitorIndex) {
        if (on == fullscreen()) return;
        if (on) {
            try (MemoryStack s = MemoryStack.stackPush()) {
                var x = s.mallocInt(1);
                var y = s.mallocInt(1);
                var w = s.mallocInt(1);
                var h = s.mallocInt(1);
                glfwGetWindowPos(window, x, y);
                glfwGetWindowSize(window, w, h);
                windowedX = x.get(0);
                windowedY = y.get(0);
                windowedWidth = w.get(0);
                windowedHeight = h.get(0);
            }
            PointerBuffer monitors = glfwGetMonitors();
            long monitor = monitors != null && monitorIndex >= 0 && monitorIndex < monitors.limit()
                    ? monitors.get(monitorIndex) : glfwGetPrimaryMonitor();
            if (monitor == 0) return;
            GLFWVidMode mode = glfwGetVideoMode(monitor);
            if (mode == null) return;
            glfwSetWindowMonitor(window, monitor, 0, 0, mode.width(), mode.height(), mode.refreshRate());
        } else {
            glfwSetWindowMonitor(window, 0, windowedX, windowedY, windowedWidth, windowedHeight, GLFW_DONT_CARE);
        }
    }

    @Override
    public String description() {
        return "GLFW window, OpenGL " + GL11.glGetString(GL11.GL_VERSION) + ", " + GL11.glGetString(GL11.GL_RENDERER);
    }

    @Override
    public boolean hasWindow() {
        return true;
    }

    /**
     * Framebuffer width in pixels. Reads into arrays kept for the purpose: stack-allocated
     * IntBuffers are heap objects too, and this runs several times a frame. Render thread only.
     */
    @Override
    public int windowWidth() {
        glfwGetFramebufferSize(window, sizeX, sizeY);
        return sizeX[0];
    }

    @Override
    public int windowHeight() {
        glfwGetFramebufferSize(window, sizeX, sizeY);
        return sizeY[0];
    }

    @Override
    public void swapBuffers() {
        glfwSwapBuffers(window);
    }

    @Override
    public boolean pollEvents() {
        glfwPollEvents();
        return !glfwWindowShouldClose(window);
    }

    /**
     * Writes the pointer position into the bus slots {@code mouse:x} and {@code mouse:y}, in window
     * pixels from the top left (as Hydra's {@code mouse}). The callback runs inside
     * {@link #pollEvents} on the render thread and allocates nothing.
     */
    public void trackMouse(ParamBus bus) {
        int x = bus.slot("mouse:x");
        int y = bus.slot("mouse:y");
        glfwSetCursorPosCallback(window, (w, px, py) -> {
            bus.set(x, px);
            bus.set(y, py);
        });
    }

    /** The native handle, for input callbacks (mouse, keys). */
    public long handle() {
        return window;
    }

    @Override
    public void close() {
        GL.setCapabilities(null);
        org.lwjgl.glfw.Callbacks.glfwFreeCallbacks(window);
        glfwDestroyWindow(window);
        if (ownsGlfw) glfwTerminate();
    }
}
