package latente.render.stage;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_F1;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.glfwSetKeyCallback;
import static org.lwjgl.opengl.GL30.*;

import latente.render.Renderer;
import latente.render.gl.GlfwWindowContext;
import latente.render.hud.PreviewHud;
import latente.runtime.bus.ParamBus;
import org.lwjgl.glfw.GLFWKeyCallbackI;

/**
 * Shows a drawn frame on stage, in the order that keeps the audience output clean: the final
 * frame letterboxed into the program window (or black during a blackout) and swapped, then, when
 * there is one, the performer's {@link PreviewWindow} with the HUD. The program window carries
 * the HUD only when it is the one window and not fullscreen (a rehearsal at the desk): in
 * fullscreen, or beside a preview window, the audience never sees it. It also feeds the mouse
 * slots and routes keys to {@link StageKeys} (without them, F1 toggles the HUD).
 *
 * <p>Thread contract: created and used on the render thread (which owns the GL contexts); the
 * toggles may be called from any thread and take effect at the next {@link #present}, which
 * allocates nothing.
 */
public final class WindowPresenter implements AutoCloseable, StageToggles {
    private final GlfwWindowContext window;
    private final PreviewWindow preview;
    private final PreviewHud hud;
    private final int monitor;
    private volatile boolean hudVisible = true;
    private volatile boolean blackout;
    private volatile boolean fullscreenRequested;
    private volatile StageKeys keys;
    private long lastPresent;

    public WindowPresenter(GlfwWindowContext window, ParamBus bus) {
        this(window, bus, null, -1);
    }

    /**
     * @param preview the performer's window, or null for one window
     * @param monitor the display the fullscreen key uses (-1: the primary)
     */
    public WindowPresenter(GlfwWindowContext window, ParamBus bus, PreviewWindow preview, int monitor) {
        this.window = window;
        this.preview = preview;
        this.hud = preview != null ? preview.hud() : new PreviewHud();
        this.monitor = monitor;
        window.trackMouse(bus);
        GLFWKeyCallbackI onKey = (w, key, scancode, action, mods) -> {
            StageKeys k = keys;
            if (k != null) k.onKey(key, action);
            else if (key == GLFW_KEY_F1 && action == GLFW_PRESS) toggleHud();
        };
        glfwSetKeyCallback(window.handle(), onKey);
        if (preview != null) glfwSetKeyCallback(preview.window().handle(), onKey);
    }

    /** Routes both windows' keys to {@code stageKeys}. */
    public void keys(StageKeys stageKeys) {
        keys = stageKeys;
    }

    /**
     * Presents the frame {@code renderer} just drew and swaps.
     *
     * @param drawStartNanos when drawing this frame began (System.nanoTime), for the HUD's frame time
     */
    public void present(Renderer renderer, long drawStartNanos, double bpm, double beat) {
        if (fullscreenRequested) {
            fullscreenRequested = false;
            window.fullscreen(!window.fullscreen(), monitor);
        }
        int w = window.windowWidth();
        int h = window.windowHeight();
        long now = System.nanoTime();
        hud.update(lastPresent == 0 ? 0 : (now - lastPresent) / 1e9, (now - drawStartNanos) / 1e9, bpm, beat);
        lastPresent = now;
        if (w > 0 && h > 0) {
            if (blackout) {
                glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
                glViewport(0, 0, w, h);
                glClearColor(0, 0, 0, 1);
                glClear(GL_COLOR_BUFFER_BIT);
            } else {
                renderer.presentToWindow(w, h);
            }
            if (preview == null && hudVisible && !window.fullscreen()) hud.draw(0, w, h);
        }
        window.swapBuffers();
        if (preview != null) preview.present(renderer, hudVisible);
    }

    public void showHud(boolean visible) {
        hudVisible = visible;
    }

    @Override
    public void toggleHud() {
        hudVisible = !hudVisible;
    }

    @Override
    public void toggleBlackout() {
        blackout = !blackout;
    }

    public boolean blackout() {
        return blackout;
    }

    @Override
    public void toggleFullscreen() {
        fullscreenRequested = true;
    }

    public PreviewHud hud() {
        return hud;
    }

    /** The performer's window, or null when the stage has one window. */
    public PreviewWindow preview() {
        return preview;
    }

    @Override
    public void close() {
        if (preview != null) preview.close();
        else hud.close();
    }
}
