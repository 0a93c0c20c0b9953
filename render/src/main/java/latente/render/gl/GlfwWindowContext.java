package latente.render.gl;

import static org.lwjgl.glfw.GLFW.*;

import latente.runtime.bus.ParamBus;
import org.lwjgl.PointerBuffer;
import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.glfw.GLFWVidMode;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.system.MemoryStack;

/**
 * A stage window through GLFW: windowed, or fullscreen on a chosen monitor, with vsync.
 * Thread contract: GLFW wants its calls on the process's main thread on some platforms; on
 * Linux/X11 the render thread may own it, which is how Latente uses it.
 */
public final class GlfwWindowContext implements GlContext {
    private final long window;

    private GlfwWindowContext(long window) {
        this.window = window;
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
        GL.createCapabilities();
        return new GlfwWindowContext(w);
    }

    @Override
    public String description() {
        return "GLFW window, OpenGL " + GL11.glGetString(GL11.GL_VERSION) + ", " + GL11.glGetString(GL11.GL_RENDERER);
    }

    @Override
    public boolean hasWindow() {
        return true;
    }

    @Override
    public int windowWidth() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var w = s.mallocInt(1);
            var h = s.mallocInt(1);
            glfwGetFramebufferSize(window, w, h);
            return w.get(0);
        }
    }

    @Override
    public int windowHeight() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var w = s.mallocInt(1);
            var h = s.mallocInt(1);
            glfwGetFramebufferSize(window, w, h);
            return h.get(0);
        }
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
        glfwTerminate();
    }
}
