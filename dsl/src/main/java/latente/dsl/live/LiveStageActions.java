package latente.dsl.live;

import java.util.List;
import latente.dsl.engine.Engine;
import latente.render.stage.StageActions;
import latente.render.stage.StageToggles;

/**
 * The stage keys of a live show: window toggles go to the presenter; tap tempo and scene changes
 * go to the engine's cue thread, because the key callback runs on the render thread, which must
 * never wait for the clock's lock, the log or a scene body.
 *
 * <p>Thread contract: any thread; nothing here blocks.
 */
final class LiveStageActions implements StageActions {
    private final Engine engine;
    private final StageToggles windows;

    LiveStageActions(Engine engine, StageToggles windows) {
        this.engine = engine;
        this.windows = windows;
    }

    @Override
    public void tapTempo() {
        engine.later(engine::tap);
    }

    @Override
    public void scene(int step) {
        engine.later(() -> {
            List<String> names = engine.sceneNames();
            if (names.isEmpty()) {
                engine.say("stage keys: this set defines no scene() to step through");
                return;
            }
            String current = engine.currentScene();
            int at = current == null ? -1 : names.indexOf(current);   // List.copyOf lists reject indexOf(null)
            int next = at < 0 ? (step > 0 ? 0 : names.size() - 1) : Math.floorMod(at + step, names.size());
            engine.cueLater(names.get(next));
        });
    }

    @Override
    public void toggleBlackout() {
        windows.toggleBlackout();
    }

    @Override
    public void toggleHud() {
        windows.toggleHud();
    }

    @Override
    public void toggleFullscreen() {
        windows.toggleFullscreen();
    }
}
