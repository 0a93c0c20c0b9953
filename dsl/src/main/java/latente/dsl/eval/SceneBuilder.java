package latente.dsl.eval;

import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;

/**
 * The scene an evaluation is building. It starts from the running scene (a block changes only
 * what it names, as in Hydra) or from an empty one (a whole set replaces the scene). Eval thread
 * only; the result is published only when the whole evaluation succeeded.
 */
public final class SceneBuilder {
    private Scene scene;
    private boolean changed;

    public SceneBuilder(Scene start) {
        this.scene = start;
    }

    public void output(int index, Chain chain) {
        scene = scene.withOutput(index, chain);
        changed = true;
    }

    public void show(int output) {
        scene = scene.withShown(output);
        changed = true;
    }

    public Scene scene() {
        return scene;
    }

    /** True when the evaluation named at least one output or changed what is shown. */
    public boolean changed() {
        return changed;
    }
}
