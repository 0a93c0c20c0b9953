package latente.dsl.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import latente.dsl.eval.EvalResult;
import latente.dsl.eval.Evaluator;
import latente.dsl.eval.SceneBuilder;
import latente.dsl.lang.CallSite;
import latente.dsl.lang.LanguageException;
import latente.dsl.lang.seq.ListSequence;
import latente.dsl.latent.Latents;
import latente.render.RenderLink;
import latente.runtime.bus.ParamBus;
import latente.runtime.log.PerformanceLog;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import latente.runtime.sync.Sync;

/**
 * The running show as the language sees it: the parameter bus, the last good scene, the named
 * scenes of the set, the clock values that closures read, and evaluation of code into new scenes.
 *
 * <p>Evaluation semantics: an evaluation works on a {@link SceneBuilder}; only when the code ran
 * without error and the {@link SceneInstaller} accepted the scene (live: the render thread
 * compiled every shader) are the scene, the tempo and the scene definitions published. A block
 * changes only what it names; a whole set replaces the scene and the scene definitions.
 *
 * <p>Thread contract: {@link #evaluateSet}, {@link #evaluateBlock} and {@link #cue} are
 * serialised (one evaluation at a time, on whichever thread calls: REPL, eval port, file
 * watcher, OSC). {@link #advance} runs on the control thread (or the offline render loop).
 * Clock values, the scene, the last error and the seams are volatile so every thread sees the
 * latest.
 */
public final class Engine {
    private final ParamBus bus = new ParamBus();
    private final PrintStream messages;
    private final Evaluator evaluator;
    private final ControlLoop controls;
    private final RenderLink link = new RenderLink();
    private volatile SceneInstaller installer = scene -> {};
    private volatile Scene scene = Scene.empty();
    /** The live values the control thread computes: the scene's, and while a scene installs, its successor's too. */
    private volatile List<latente.runtime.scene.Control> controlled = List.of();
    private final latente.runtime.scene.LiveSlots liveSlots = new latente.runtime.scene.LiveSlots(bus);
    private volatile Map<String, SceneDef> scenes = Map.of();
    /** The functions the performer defined (setFunction); this engine's only, replaced on commit. */
    private volatile latente.render.vocab.UserFunctions functions = latente.render.vocab.UserFunctions.NONE;
    private volatile Path baseDirectory = Path.of("").toAbsolutePath();
    /** The evaluation in progress and its thread (words called on that thread edit it). */
    private volatile SceneBuilder building;
    private volatile Thread buildingThread;
    private String buildingCode = "";
    private String buildingOrigin = "";
    private final ShowTime now = new ShowTime();
    private final Sync sync = new Sync(bus, now, this::say);
    private final Clock clock = new Clock(now, sync.clock());
    private final ShowInputs inputs;
    private final int bpmSlot = bus.slot("clock:bpm");
    private final int beatSlot = bus.slot("clock:beat");
    private final CueThread cues;
    private volatile String currentScene;
    private volatile PerformanceLog log = PerformanceLog.OFF;
    private volatile RecordingControl recording = RecordingControl.NONE;
    private final EvalHistory history = new EvalHistory();
    private final Latents latents;

    public Engine(PrintStream messages) {
        this.messages = messages;
        this.cues = new CueThread(messages);
        this.evaluator = new Evaluator(this);
        this.controls = new ControlLoop(bus, this::report);
        this.inputs = new ShowInputs(this, bus, clock, sync);
        this.latents = new Latents(link, bus, this::beat, this::report, this::say, () -> log, messages);
    }

    /** Offline: installs synchronously on the rendering thread. Live: see {@link #live(SceneInstaller)}. */
    public void installer(SceneInstaller installer) {
        this.installer = installer;
    }

    /**
     * Switches to live running: scenes go to the render thread through {@code installer}, and
     * changes asked for outside an evaluation (a cue from a beat handler) run on the engine's
     * cue thread so that the control thread never waits for a shader compile.
     */
    public void live(SceneInstaller installer) {
        this.installer = installer;
        cues.goLive();
    }

    /** Evaluates a whole set: the resulting scene and scene definitions replace the running ones. */
    public EvalResult evaluateSet(String code, String origin) {
        return evaluate(() -> evaluator.run(code, origin), code, origin, true);
    }

    /** Evaluates a set file, making its folder the base for assets. */
    public EvalResult load(SetFile set) {
        Path parent = set.path().toAbsolutePath().getParent();
        if (parent != null) baseDirectory = parent;
        return evaluateSet(set.code(), set.name());
    }

    /** Evaluates a block: only the outputs (and tempo, scenes) it names change. */
    public EvalResult evaluateBlock(String code, String origin) {
        return evaluate(() -> evaluator.run(code, origin), code, origin, false);
    }

    /**
     * Switches to the scene {@code name} of the set: its body runs like a block over the running
     * scene (it changes what it names). Any thread (OSC, MIDI, the REPL); inside an evaluation the
     * body runs at once as part of it.
     */
    public EvalResult cue(String name) {
        if (isBuildingHere()) {
            SceneDef def = building.scenes().get(name);
            if (def == null) throw new LanguageException(unknownScene(name, building.scenes()), CallSite.find(buildingOrigin));
            def.body().call();
            building.onCommit(() -> currentScene = name);
            return EvalResult.success(null);
        }
        synchronized (this) {
            SceneDef def = scenes.get(name);
            if (def == null) return failed(unknownScene(name, scenes));
            EvalResult r = evaluate(() -> evaluator.call(def.body(), def.code(), def.origin()), def.code(), def.origin(), false);
            if (r.ok()) currentScene = name;
            return r;
        }
    }

    /** The scene last cued successfully (null before any cue): the HUD shows it, stage keys step from it. */
    public String currentScene() {
        return currentScene;
    }

    /** A cue asked for from the control thread or an I/O thread: runs on the cue thread, reports errors. */
    public void cueLater(String name) {
        cues.later(() -> {
            EvalResult r = cue(name);
            if (!r.ok()) report(r.error());
        });
    }

    private static String unknownScene(String name, Map<String, SceneDef> known) {
        return "no scene named '" + name + "'" + (known.isEmpty() ? " (this set defines none)" : "; scenes: " + String.join(", ", known.keySet()));
    }

    private synchronized EvalResult evaluate(Supplier<EvalResult> run, String code, String origin, boolean wholeSet) {
        SceneBuilder b = new SceneBuilder(wholeSet ? Scene.empty() : scene, wholeSet ? Map.of() : scenes,
                wholeSet ? latente.render.vocab.UserFunctions.NONE : functions);
        latents.newEvaluation();
        long reportsBefore = cues.reports();
        building = b;
        buildingThread = Thread.currentThread();
        buildingCode = code;
        buildingOrigin = origin;
        EvalResult result;
        try {
            result = run.get();
        } finally {
            building = null;
            buildingThread = null;
        }
        if (!result.ok()) {
            log.eval(origin, code, wholeSet, false);
            return failed(result.error());
        }
        if (wholeSet || b.changed()) {
            try {
                run(b.scene());
            } catch (Exception e) {
                log.eval(origin, code, wholeSet, false);
                return failed(e.getMessage());
            }
        }
        scenes = Collections.unmodifiableMap(new LinkedHashMap<>(b.scenes())); // keeps definition order
        functions = b.functions();
        if (wholeSet) latents.retire();
        if (!Double.isNaN(b.tempo())) {
            clock.bpm(b.tempo());
            log.tempo(b.tempo(), "code");
        }
        if (wholeSet) inputs.handlers().clear();
        for (Runnable commit : b.commits()) commit.run();
        cues.clearErrorUnlessReportedSince(reportsBefore);
        log.eval(origin, code, wholeSet, true);
        history.add(code, origin, wholeSet);
        return result;
    }

    private EvalResult failed(String message) {
        cues.error(message);
        return EvalResult.error(message);
    }

    private boolean isBuildingHere() {
        return building != null && buildingThread == Thread.currentThread();
    }

    /** {@code scene('drop') { ... }}: defines (or redefines) a scene of the set. */
    public void define(SceneDef def) {
        if (!isBuildingHere()) throw new IllegalStateException("scenes are defined by evaluating code");
        building.define(def);
    }

    /** What the visual function {@code name} means to code running now (a user function first), or null. */
    public latente.render.vocab.VisualFunction function(String name) {
        return isBuildingHere() ? building.functions().find(name) : functions.find(name);
    }

    /**
     * {@code setFunction}: inside an evaluation it takes effect only if the evaluation succeeds;
     * outside one (a handler's closure) at once. This engine only.
     */
    public void defineFunction(java.util.function.UnaryOperator<latente.render.vocab.UserFunctions> define) {
        if (isBuildingHere()) {
            building.functions(define.apply(building.functions()));
        } else {
            synchronized (this) {
                functions = define.apply(functions);
            }
        }
    }

    /** The text of the evaluation running on this thread (for scene definitions' error carets). */
    public String currentCode() {
        return isBuildingHere() ? buildingCode : "";
    }

    /** Called by {@code chain.out(o)}: inside an evaluation it edits that evaluation's scene. */
    public void output(int index, Chain chain, CallSite site) {
        if (isBuildingHere()) building.output(index, chain);
        else change(() -> scene.withOutput(index, chain), site);
    }

    public void show(int output) {
        if (isBuildingHere()) building.show(output);
        else change(() -> scene.withShown(output), null);
    }

    /** Clears every output (inside an evaluation: of the scene being built). */
    public void hush() {
        if (isBuildingHere()) {
            for (int i = 0; i < Scene.OUTPUTS; i++) building.output(i, null);
        } else {
            change(() -> Scene.empty().withShown(scene.shown()), null);
        }
    }

    /** A change made outside an evaluation: live, on the cue thread; offline, right here. */
    private void change(Supplier<Scene> next, CallSite site) {
        cues.run(() -> replace(next, site));
    }

    private synchronized void replace(Supplier<Scene> nextScene, CallSite site) {
        try {
            run(nextScene.get());
        } catch (Exception e) {
            report((site == null ? "" : site + ": ") + e.getMessage());
        }
    }

    /**
     * Gives the scene's new live values their slots, has the control thread compute them while the
     * installer compiles, and makes it the running scene; the old scene's slots are then released
     * (or, when the installer refuses it, the new scene's). Under the evaluation lock.
     */
    private void run(Scene built) throws Exception {
        Scene next = liveSlots.assign(built);
        List<latente.runtime.scene.Control> both = new java.util.ArrayList<>(scene.controls());
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

    /**
     * Moves the clock to {@code seconds} of wall or frame time and computes every live value.
     * Control thread (or the offline render loop, once per frame).
     */
    public void advance(double seconds) {
        clock.advance(seconds, cues.live());
        inputs.tick(seconds);
        bus.set(bpmSlot, clock.bpm());
        bus.set(beatSlot, clock.beat());
        controls.tick(controlled);
        latents.tick(controls, seconds, cues.live());
    }

    /** Hydra-style list argument (see {@link ListSequence}): timed by the beat, computed on the control thread. */
    public DoubleSupplier sequence(List<?> values, CallSite site) {
        ListSequence s;
        try {
            s = ListSequence.of(values);
        } catch (IllegalArgumentException e) {
            throw new latente.dsl.lang.LanguageException(e.getMessage(), site);
        }
        return () -> s.at(clock.beat());
    }

    /** Latent streams and the models they run (see docs/model.md). */
    public Latents latents() {
        return latents;
    }

    /** Sources s0..s3 and the output resolution, as the render thread will see them. */
    public RenderLink link() {
        return link;
    }


    /**
     * A problem found outside an evaluation (a closure, a cue, a frame listener): to the HUD's
     * slot at once and to the messages. Live, the printing happens on the cue thread, because
     * the reporting thread may be the render or control thread, which must never wait for a
     * terminal; offline it prints right here so the order of messages is exact.
     */
    public void report(String message) {
        cues.report(message);
    }

    /**
     * The newest error (evaluation, closure, cue), or null after a successful evaluation. For
     * the HUD and the REPL's prompt; never drawn on the audience output.
     */
    public String lastError() {
        return cues.lastError();
    }

    public ParamBus bus() {
        return bus;
    }

    public Scene scene() {
        return scene;
    }

    /** Names of the scenes the running set defines, in definition order. */
    public List<String> sceneNames() {
        return List.copyOf(scenes.keySet());
    }

    public ControlLoop controls() {
        return controls;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public PrintStream messages() {
        return messages;
    }

    /** The folder assets are resolved against: the set file's folder (else the working folder). */
    public Path baseDirectory() {
        return baseDirectory;
    }

    public void baseDirectory(Path dir) {
        baseDirectory = dir.toAbsolutePath();
    }

    /** An asset path as written in the set, resolved against {@link #baseDirectory()}. */
    public Path resolve(String asset) {
        return baseDirectory.resolve(asset).normalize();
    }

    public Clock clock() {
        return clock;
    }

    public double time() {
        return clock.time();
    }

    public double beat() {
        return clock.beat();
    }

    public double speed() {
        return clock.speed();
    }

    public void speed(double s) {
        clock.speed(s);
    }

    /** The tempo; inside an evaluation, the tempo that evaluation has set so far. */
    public double bpm() {
        if (isBuildingHere() && !Double.isNaN(building.tempo())) return building.tempo();
        return clock.bpm();
    }

    /** Sets the tempo: inside an evaluation it takes effect only if the evaluation succeeds. */
    public void bpm(double b) {
        if (!(b >= 20 && b <= 400)) throw new IllegalArgumentException("tempo must be between 20 and 400 BPM, got " + b);
        if (isBuildingHere()) {
            building.tempo(b);
        } else {
            clock.bpm(b);
            log.tempo(b, "code");
        }
    }

    /** The performance log every evaluation and tempo change goes to ({@link PerformanceLog#OFF} when none). */
    public PerformanceLog log() {
        return log;
    }

    public void log(PerformanceLog log) {
        this.log = log == null ? PerformanceLog.OFF : log;
    }

    /** The recorder seam ({@code record}, {@code :record}, {@code :snap}); see {@link RecordingControl}. */
    public RecordingControl recording() {
        return recording;
    }

    public void recording(RecordingControl control) {
        this.recording = control == null ? RecordingControl.NONE : control;
    }

    /** The code evaluated since the last whole set, oldest first (what a log opened now must replay first). */
    public List<EvalHistory.Entry> history() {
        return history.entries();
    }

    /** True once the engine runs live (render and control threads); false offline. */
    public boolean isLive() {
        return cues.live();
    }

    /**
     * A message for the performer that is not an error (MIDI learn, audio notices). Live it is
     * printed on the cue thread, so I/O and control threads never wait for a terminal.
     */
    public void say(String message) {
        cues.say(message);
    }

    /** Runs {@code action} when the evaluation on this thread succeeds, or at once outside an evaluation. */
    public void whenCommitted(Runnable action) {
        if (isBuildingHere()) building.onCommit(action);
        else action.run();
    }

    /** Runs {@code task} on the engine's cue thread (never blocks the caller; bounded, oldest dropped). */
    public void later(Runnable task) {
        cues.later(task);
    }

    /** Clock, OSC, MIDI, audio, handlers and the signal moment. */
    public ShowInputs inputs() {
        return inputs;
    }

    public Sync sync() {
        return sync;
    }

    public long bar() {
        return clock.bar();
    }

    public double phase() {
        return clock.phase();
    }

    /** {@code tap()}: one tap of tap tempo, logged; the tempo so far (NaN on a first tap). */
    public double tap() {
        double b = sync.tap();
        log.tap();
        return b;
    }

    /** Closes the OSC port, MIDI ports and the audio input (the show is over). */
    public void closeInputs() {
        inputs.close();
    }

    /** Sets the clock to a logged state (replay starts where the log started). Before any advance. */
    public void restoreClock(double time, double beat, double bpm, double speed) {
        clock.restore(time, beat, bpm, speed);
    }
}
