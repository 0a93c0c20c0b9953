package latente.dsl.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import latente.dsl.show.EvalResult;
import latente.dsl.show.SceneDef;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.VisualFunction;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;

/**
 * The engine's evaluations, each a transaction: it works on a {@link SceneBuilder}, and only
 * when the code ran without error and the installer accepted the scene (live: the render thread
 * compiled every shader) are the scene, the tempo, the scene definitions, the user functions and
 * the commits published. A block changes only what it names; a whole set replaces the scene and
 * the scene definitions. Also keeps what evaluations published: the set's scenes and functions.
 *
 * <p>Thread contract: evaluations and the changes made outside one are serialised on this
 * object's lock, on whichever thread asks (REPL, eval port, file watcher, OSC, the cue thread).
 * The edits ({@link #output}, {@link #define}...) are routed by thread: on the thread running
 * the evaluation they edit its builder; elsewhere they change the running show at once.
 */
final class Evaluations {
    private final RunningScene running;
    private final CueThread cues;
    private final Commit commit;
    private volatile Map<String, SceneDef> scenes = Map.of();
    /** The functions the performer defined (setFunction); this engine's only, replaced on commit. */
    private volatile UserFunctions functions = UserFunctions.NONE;
    private volatile String currentScene;
    /** The evaluation in progress and its thread (words called on that thread edit it). */
    private volatile SceneBuilder building;
    private volatile Thread buildingThread;
    private String buildingCode = "";

    /** What the engine publishes besides the scene when an evaluation succeeds (or logs when it fails). */
    interface Commit {
        void starting();

        void failed(String origin, String code, boolean wholeSet);

        void succeeded(SceneBuilder built, String origin, String code, boolean wholeSet);
    }

    Evaluations(RunningScene running, CueThread cues, Commit commit) {
        this.running = running;
        this.cues = cues;
        this.commit = commit;
    }

    synchronized EvalResult evaluate(Supplier<EvalResult> run, String code, String origin, boolean wholeSet) {
        SceneBuilder b = new SceneBuilder(wholeSet ? Scene.empty() : running.scene(), wholeSet ? Map.of() : scenes,
                wholeSet ? UserFunctions.NONE : functions);
        commit.starting();
        long reportsBefore = cues.reports();
        building = b;
        buildingThread = Thread.currentThread();
        buildingCode = code;
        EvalResult result;
        try {
            result = run.get();
        } finally {
            building = null;
            buildingThread = null;
        }
        if (!result.ok()) {
            commit.failed(origin, code, wholeSet);
            return failed(result.error());
        }
        if (wholeSet || b.changed()) {
            try {
                running.run(b.scene());
            } catch (Exception e) {
                commit.failed(origin, code, wholeSet);
                return failed(e.getMessage());
            }
        }
        scenes = Collections.unmodifiableMap(new LinkedHashMap<>(b.scenes())); // keeps definition order
        functions = b.functions();
        commit.succeeded(b, origin, code, wholeSet);
        cues.clearErrorUnlessReportedSince(reportsBefore);
        return result;
    }

    /**
     * Cues the scene {@code name}: inside an evaluation its body runs at once as part of it;
     * elsewhere {@code runBody} evaluates it like a block over the running scene.
     */
    EvalResult cue(String name, java.util.function.Function<SceneDef, EvalResult> runBody) {
        if (isBuildingHere()) {
            SceneDef def = building.scenes().get(name);
            if (def == null) return EvalResult.error(unknownScene(name, building.scenes()));
            def.body().get();
            building.onCommit(() -> currentScene = name);
            return EvalResult.success(null);
        }
        synchronized (this) {
            SceneDef def = scenes.get(name);
            if (def == null) return failed(unknownScene(name, scenes));
            EvalResult r = runBody.apply(def);
            if (r.ok()) currentScene = name;
            return r;
        }
    }

    private static String unknownScene(String name, Map<String, SceneDef> known) {
        return "no scene named '" + name + "'" + (known.isEmpty() ? " (this set defines none)" : "; scenes: " + String.join(", ", known.keySet()));
    }

    EvalResult failed(String message) {
        cues.error(message);
        return EvalResult.error(message);
    }

    boolean isBuildingHere() {
        return building != null && buildingThread == Thread.currentThread();
    }

    /** The builder of the evaluation on this thread; only after {@link #isBuildingHere()} said true. */
    SceneBuilder building() {
        return building;
    }

    String currentScene() {
        return currentScene;
    }

    List<String> sceneNames() {
        return List.copyOf(scenes.keySet());
    }

    void define(SceneDef def) {
        if (!isBuildingHere()) throw new IllegalStateException("scenes are defined by evaluating code");
        building.define(def);
    }

    VisualFunction function(String name) {
        return isBuildingHere() ? building.functions().find(name) : functions.find(name);
    }

    void defineFunction(UnaryOperator<UserFunctions> define) {
        if (isBuildingHere()) {
            building.functions(define.apply(building.functions()));
        } else {
            synchronized (this) {
                functions = define.apply(functions);
            }
        }
    }

    String currentCode() {
        return isBuildingHere() ? buildingCode : "";
    }

    void whenCommitted(Runnable action) {
        if (isBuildingHere()) building.onCommit(action);
        else action.run();
    }

    void output(int index, Chain chain, String where) {
        if (isBuildingHere()) building.output(index, chain);
        else change(() -> running.scene().withOutput(index, chain), where);
    }

    void show(int output) {
        if (isBuildingHere()) building.show(output);
        else change(() -> running.scene().withShown(output), null);
    }

    void hush() {
        if (isBuildingHere()) {
            for (int i = 0; i < Scene.OUTPUTS; i++) building.output(i, null);
        } else {
            change(() -> Scene.empty().withShown(running.scene().shown()), null);
        }
    }

    /** A change made outside an evaluation: live, on the cue thread; offline, right here. */
    private void change(Supplier<Scene> next, String where) {
        cues.run(() -> replace(next, where));
    }

    private synchronized void replace(Supplier<Scene> nextScene, String where) {
        try {
            running.run(nextScene.get());
        } catch (Exception e) {
            cues.report((where == null ? "" : where + ": ") + e.getMessage());
        }
    }
}
