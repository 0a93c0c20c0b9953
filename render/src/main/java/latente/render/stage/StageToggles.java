package latente.render.stage;

/** The stage keys that act on the windows themselves (see {@link WindowPresenter}). Any thread. */
public interface StageToggles {
    void toggleBlackout();

    void toggleHud();

    void toggleFullscreen();
}
