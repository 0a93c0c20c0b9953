package latente.render.gl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.eglBindAPI;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MAJOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MINOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_PROFILE_MASK;
import static org.lwjgl.egl.EGL15.EGL_OPENGL_BIT;

import java.nio.IntBuffer;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGLCapabilities;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * A window-less OpenGL context through EGL. Tries, in order: Mesa's surfaceless platform (works
 * with llvmpipe on a machine with no GPU and no display), the device platform (NVIDIA's driver),
 * then the default display. Rendering goes into FBOs only.
 *
 * <p>The platform display is obtained through the client-extension function pointer, because
 * the static EXT wrapper reads its pointer from the default capabilities, which lack it.
 */
public final class EglHeadlessContext implements GlContext {
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    private static final int EGL_PLATFORM_DEVICE_EXT = 0x313F;

    private final long display;
    private final long config;
    private final long context;
    private final String platform;

    private EglHeadlessContext(long display, long config, long context, String platform) {
        this.display = display;
        this.config = config;
        this.context = context;
        this.platform = platform;
    }

    /** Creates the context and makes it current on the calling thread. */
    public static EglHeadlessContext create() {
        EGLCapabilities client = EGL.createDisplayCapabilities(EGL_NO_DISPLAY);
        StringBuilder tried = new StringBuilder();
        long getPlatformDisplay = client.eglGetPlatformDisplayEXT;
        if (getPlatformDisplay != 0) {
            long d = JNI.callPPP(EGL_PLATFORM_SURFACELESS_MESA, EGL_NO_DISPLAY, 0L, getPlatformDisplay);
            EglHeadlessContext c = tryDisplay(d, "EGL surfaceless", tried);
            if (c != null) return c;
            long device = firstDevice(client);
            if (device != 0) {
                d = JNI.callPPP(EGL_PLATFORM_DEVICE_EXT, device, 0L, getPlatformDisplay);
                c = tryDisplay(d, "EGL device", tried);
                if (c != null) return c;
            }
        }
        EglHeadlessContext c = tryDisplay(eglGetDisplay(0L), "EGL default display", tried);
        if (c != null) return c;
        throw new IllegalStateException("no headless OpenGL 3.3 context through EGL (" + tried
                + "). Install Mesa's EGL and GL drivers (Debian: libegl1 libegl-mesa0 libgl1-mesa-dri) or a GPU driver.");
    }

    private static long firstDevice(EGLCapabilities client) {
        if (client.eglQueryDevicesEXT == 0) return 0;
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer devices = stack.mallocPointer(4);
            IntBuffer count = stack.mallocInt(1);
            int ok = JNI.callPPI(4, devices.address(), org.lwjgl.system.MemoryUtil.memAddress(count), client.eglQueryDevicesEXT);
            return ok != 0 && count.get(0) > 0 ? devices.get(0) : 0;
        }
    }

    private static EglHeadlessContext tryDisplay(long display, String platform, StringBuilder tried) {
        if (display == EGL_NO_DISPLAY) {
            tried.append(platform).append(": no display; ");
            return null;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer major = stack.mallocInt(1);
            IntBuffer minor = stack.mallocInt(1);
            if (!eglInitialize(display, major, minor)) {
                tried.append(platform).append(": eglInitialize failed; ");
                return null;
            }
            EGL.createDisplayCapabilities(display, major.get(0), minor.get(0));
            if (!eglBindAPI(EGL_OPENGL_API)) {
                tried.append(platform).append(": no desktop OpenGL API; ");
                return null;
            }
            // The default surface type is "window", which a surfaceless display has none of.
            IntBuffer attribs = stack.ints(EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE);
            PointerBuffer configs = stack.mallocPointer(1);
            IntBuffer numConfigs = stack.mallocInt(1);
            if (!eglChooseConfig(display, attribs, configs, numConfigs) || numConfigs.get(0) == 0) {
                tried.append(platform).append(": no OpenGL config; ");
                return null;
            }
            long ctx = createContext(display, configs.get(0), EGL_NO_CONTEXT);
            if (ctx == EGL_NO_CONTEXT) {
                tried.append(platform).append(": no 3.3 core context; ");
                return null;
            }
            if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
                eglDestroyContext(display, ctx);
                tried.append(platform).append(": cannot make current without a surface; ");
                return null;
            }
            GL.createCapabilities();
            return new EglHeadlessContext(display, configs.get(0), ctx, platform);
        }
    }

    private static long createContext(long display, long config, long share) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer attribs = stack.ints(
                    EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                    EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE);
            return eglCreateContext(display, config, share, attribs);
        }
    }

    /**
     * A second surfaceless context on the same display, sharing nothing with this one, for the
     * compile thread. Created on the render thread (this context stays current there); made
     * current on the compile thread by {@link CompileGlContext#makeCurrent}.
     */
    @Override
    public CompileGlContext compileContext() {
        eglBindAPI(EGL_OPENGL_API);
        long ctx = createContext(display, config, EGL_NO_CONTEXT);
        if (ctx == EGL_NO_CONTEXT) throw new IllegalStateException("EGL could not create the compile thread's context (0x"
                + Integer.toHexString(eglGetError()) + ")");
        return new CompileGlContext() {
            @Override
            public void makeCurrent() {
                eglBindAPI(EGL_OPENGL_API); // the bound API is per thread
                if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
                    throw new IllegalStateException("EGL could not make the compile context current (0x" + Integer.toHexString(eglGetError()) + ")");
                }
                GL.createCapabilities();
            }

            @Override
            public void release() {
                GL.setCapabilities(null);
                eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            }

            @Override
            public void close() {
                eglDestroyContext(display, ctx);
            }
        };
    }

    @Override
    public String description() {
        return platform + ", OpenGL " + GL11.glGetString(GL11.GL_VERSION) + ", " + GL11.glGetString(GL11.GL_RENDERER);
    }

    @Override
    public boolean hasWindow() {
        return false;
    }

    @Override
    public int windowWidth() {
        return 0;
    }

    @Override
    public int windowHeight() {
        return 0;
    }

    @Override
    public void swapBuffers() {}

    @Override
    public boolean pollEvents() {
        return true;
    }

    @Override
    public void close() {
        GL.setCapabilities(null);
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        eglTerminate(display);
    }
}
