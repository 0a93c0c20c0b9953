package latente.dsl.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latente.dsl.show.SceneDef;
import latente.render.vocab.UserFunctions;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;

/**
 * Everything one evaluation is changing, kept aside until the whole evaluation succeeded. It
 * starts from the running scene (a block changes only what it names, as in Hydra) or from an
 * empty one (a whole set replaces the scene). Also collects the scenes the code defines, the
 * functions it defines (setFunction) and a tempo it sets, so that a failing block changes nothing
 * at all.
 *
 * <p>Thread contract: used by the one thread that runs the evaluation; published by the engine
 * only after success.
 */
public final class SceneBuilder {
    private Scene scene;
    private boolean changed;
    private final Map<String, SceneDef> scenes;
    private double tempo = Double.NaN;
    private final List<Runnable> commits = new ArrayList<>();
    private UserFunctions functions;

    public SceneBuilder(Scene start, Map<String, SceneDef> scenes, UserFunctions functions) {
        this.scene = start;
        this.scenes = new LinkedHashMap<>(scenes);
        this.functions = functions;
    }

    /** The functions this evaluation sees: the engine's, plus what it defined with setFunction so far. */
    public UserFunctions functions() {
        return functions;
    }

    public void functions(UserFunctions defined) {
        functions = defined;
    }

    public void output(int index, Chain chain) {
        scene = scene.withOutput(index, chain);
        changed = true;
    }

    public void show(int output) {
        scene = scene.withShown(output);
        changed = true;
    }

    public void define(SceneDef def) {
        scenes.put(def.name(), def);
    }

    public Map<String, SceneDef> scenes() {
        return scenes;
    }

    public void tempo(double bpm) {
        tempo = bpm;
    }

    /** The tempo this evaluation set, or NaN. */
    public double tempo() {
        return tempo;
    }

    /**
     * Something the code asked for that must happen only if the whole evaluation succeeds (a
     * clock source, a meter, an event handler); run in order after the tempo is set.
     */
    public void onCommit(Runnable action) {
        commits.add(action);
    }

    public List<Runnable> commits() {
        return commits;
    }

    public Scene scene() {
        return scene;
    }

    /** True when the evaluation named at least one output or changed what is shown. */
    public boolean changed() {
        return changed;
    }
}
