package latente.render.stage;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_F1;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.glfwSetKeyCallback;

import latente.render.Renderer;
import latente.render.gl.GlfwWindowContext;
import latente.render.hud.PreviewHud;
import latente.runtime.bus.ParamBus;

/**
 * Shows a drawn frame in the stage window, in the order that keeps recordings clean: the final
 * frame letterboxed into the window, then the preview HUD on top (window only), then the swap.
 * It also feeds the mouse slots and lets F1 toggle the HUD. Used by {@link Stage} and by the live
 * show's render loop, so both present the same way.
 *
 * <p>Thread contract: created and used on the render thread (which owns the GL context);
 * {@link #showHud} may be called from any thread. {@link #present} allocates nothing.
 */
public final class WindowPresenter implements AutoCloseable {
    private final GlfwWindowContext window;
    private final PreviewHud hud = new PreviewHud();
    private volatile boolean hudVisible = true;
    private long lastPresent;

    public WindowPresenter(GlfwWindowContext window, ParamBus bus) {
        this.window = window;
        window.trackMouse(bus);
        glfwSetKeyCallback(window.handle(), (w, key, scancode, action, mods) -> {
            if (key == GLFW_KEY_F1 && action == GLFW_PRESS) hudVisible = !hudVisible;
        });
    }

    /**
     * Presents the frame {@code renderer} just drew and swaps.
     *
     * @param drawStartNanos when drawing this frame began (System.nanoTime), for the HUD's frame time
     */
    public void present(Renderer renderer, long drawStartNanos, double bpm, double beat) {
        int w = window.windowWidth();
        int h = window.windowHeight();
        if (w > 0 && h > 0) {
            renderer.presentToWindow(w, h);
            long now = System.nanoTime();
            hud.update(lastPresent == 0 ? 0 : (now - lastPresent) / 1e9, (now - drawStartNanos) / 1e9, bpm, beat);
            if (hudVisible) hud.draw(0, w, h);
            lastPresent = now;
        }
        window.swapBuffers();
    }

    public void showHud(boolean visible) {
        hudVisible = visible;
    }

    public PreviewHud hud() {
        return hud;
    }

    @Override
    public void close() {
        hud.close();
    }
}
