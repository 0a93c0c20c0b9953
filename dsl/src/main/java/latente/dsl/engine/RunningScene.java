package latente.dsl.engine;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;
import latente.runtime.scene.LiveSlots;
import latente.runtime.scene.Scene;

/**
 * The scene being drawn, the live values the control thread computes for it, and the slots those
 * values own. A new scene gets its values' slots, has them computed while the installer compiles
 * it (so its first frame reads current values), and replaces the old one only when the installer
 * accepts it; then the old scene's slots are released (or, when it is refused, the new one's).
 *
 * <p>Thread contract: {@link #run} under the engine's evaluation lock (one at a time);
 * {@link #scene} and {@link #controlled} from any thread (the control thread reads the values
 * every step), through volatile fields.
 */
final class RunningScene {
    private final LiveSlots liveSlots;
    private volatile SceneInstaller installer = scene -> {};
    private volatile Scene scene = Scene.empty();
    /** The live values the control thread computes: the scene's, and while a scene installs, its successor's too. */
    private volatile List<Control> controlled = List.of();

    RunningScene(ParamBus bus) {
        this.liveSlots = new LiveSlots(bus);
    }

    void installer(SceneInstaller installer) {
        this.installer = installer;
    }

    Scene scene() {
        return scene;
    }

    List<Control> controlled() {
        return controlled;
    }

    /** Makes {@code built} the running scene. @throws Exception when the installer refuses it (the old scene keeps running) */
    void run(Scene built) throws Exception {
        Scene next = liveSlots.assign(built);
        List<Control> both = new ArrayList<>(scene.controls());
        both.addAll(next.controls());
        controlled = List.copyOf(both);
        try {
            installer.install(next);
        } catch (Exception e) {
            controlled = scene.controls();
            liveSlots.abandon();
            throw e;
        }
        scene = next;
        controlled = next.controls();
        liveSlots.commit();
    }
}
