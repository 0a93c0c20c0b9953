package latente.render.stage;

import latente.render.RenderLink;
import latente.render.Renderer;
import latente.render.gl.GlfwWindowContext;
import latente.render.hud.PreviewHud;
import latente.runtime.bus.ParamBus;

/**
 * The stage window and everything drawn into it, in the order that keeps recordings clean:
 * the scene into the final frame, the final frame letterboxed into the window, then the preview
 * HUD on top (window only), then the swap. Resizing the window (or a fullscreen monitor's mode)
 * changes only the letterboxing: the outputs keep their size and their feedback.
 *
 * <p>Thread contract: the render thread creates it and calls {@link #frame} once per frame; it
 * owns the GL context. F1 toggles the HUD. {@link #hud()}.error(...) may be called from any thread.
 * Presenting is {@link WindowPresenter}'s, shared with the live show's render loop.
 */
public final class Stage implements AutoCloseable {
    private final GlfwWindowContext window;
    private final Renderer renderer;
    private final WindowPresenter presenter;

    private Stage(GlfwWindowContext window, Renderer renderer, WindowPresenter presenter) {
        this.window = window;
        this.renderer = renderer;
        this.presenter = presenter;
    }

    /**
     * Opens the window (fullscreen on {@code monitor}, or windowed when it is -1) with outputs of
     * {@code width} × {@code height}; mouse position goes to the bus slots mouse:x and mouse:y.
     */
    public static Stage open(String title, int width, int height, int monitor, boolean vsync, ParamBus bus, RenderLink link) {
        GlfwWindowContext window = GlfwWindowContext.create(title, width, height, monitor, vsync);
        Renderer renderer = new Renderer(bus, link, width, height);
        return new Stage(window, renderer, new WindowPresenter(window, bus));
    }

    /**
     * Draws and shows one frame at {@code time} seconds; the tempo and beat only feed the HUD.
     *
     * @return false once the performer closed the window (the loop should stop)
     */
    public boolean frame(double time, double bpm, double beat) {
        if (!window.pollEvents()) return false;
        long start = System.nanoTime();
        renderer.drawFrame(time);
        presenter.present(renderer, start, bpm, beat);
        return true;
    }

    public void showHud(boolean visible) {
        presenter.showHud(visible);
    }

    public PreviewHud hud() {
        return presenter.hud();
    }

    public Renderer renderer() {
        return renderer;
    }

    public GlfwWindowContext window() {
        return window;
    }

    @Override
    public void close() {
        presenter.close();
        renderer.close();
        window.close();
    }
}
