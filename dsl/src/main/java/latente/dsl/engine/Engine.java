package latente.dsl.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import latente.audio.Audio;
import latente.dsl.control.ControlLoop;
import latente.dsl.control.Handlers;
import latente.dsl.latent.Latents;
import latente.dsl.stage.EvalResult;
import latente.dsl.stage.RecordingControl;
import latente.dsl.stage.SceneDef;
import latente.dsl.stage.ScriptRunner;
import latente.dsl.stage.Stage;
import latente.render.RenderLink;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.VisualFunction;
import latente.runtime.bus.ParamBus;
import latente.runtime.log.PerformanceLog;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import latente.runtime.signal.Moment;
import latente.runtime.sync.Sync;

/**
 * The running show: the parameter bus, the clock, the inputs, the running scene and the set's
 * scenes, and evaluation of code into new scenes (see {@link Evaluations} for the transaction).
 * It is the {@link Stage} the language's words talk to, and it runs code through a
 * {@link ScriptRunner} it is given: the engine itself knows no scripting language.
 *
 * <p>Thread contract: {@link #evaluateSet}, {@link #evaluateBlock} and {@link #cue} are
 * serialised (one evaluation at a time, on whichever thread calls: REPL, eval port, file
 * watcher, OSC). {@link #advance} runs on the control thread (or the offline render loop).
 * Clock values, the scene, the last error and the seams are volatile so every thread sees the
 * latest. The {@link Stage} methods follow the contracts documented there.
 */
public final class Engine implements Stage {
    private final ParamBus bus = new ParamBus();
    private final PrintStream messages;
    private final ScriptRunner runner;
    private final ControlLoop controls;
    private final RenderLink link = new RenderLink();
    private final RunningScene running = new RunningScene(bus);
    private final Evaluations evaluations;
    private volatile Path baseDirectory = Path.of("").toAbsolutePath();
    private final ShowTime now = new ShowTime();
    private final Sync sync = new Sync(bus, now, this::say);
    private final Clock clock = new Clock(now, sync.clock());
    private final ShowInputs inputs;
    private final int bpmSlot = bus.slot("clock:bpm");
    private final int beatSlot = bus.slot("clock:beat");
    private final CueThread cues;
    private volatile PerformanceLog log = PerformanceLog.OFF;
    private volatile RecordingControl recording = RecordingControl.NONE;
    private final EvalHistory history = new EvalHistory();
    private final Latents latents;

    /** A show whose code {@code language} runs (the wiring passes the Groovy evaluator). */
    public Engine(PrintStream messages, ScriptRunner.Factory language) {
        this.messages = messages;
        this.cues = new CueThread(messages);
        this.controls = new ControlLoop(bus, this::report);
        this.inputs = new ShowInputs(this, bus, clock, sync);
        this.latents = new Latents(link, bus, this::beat, this::report, this::say, () -> log, messages);
        this.evaluations = new Evaluations(running, cues, new Publish());
        this.runner = language.apply(this);
    }

    /** Offline: installs synchronously on the rendering thread. Live: see {@link #live(SceneInstaller)}. */
    public void installer(SceneInstaller installer) {
        running.installer(installer);
    }

    /**
     * Switches to live running: scenes go to the render thread through {@code installer}, and
     * changes asked for outside an evaluation (a cue from a beat handler) run on the engine's
     * cue thread so that the control thread never waits for a shader compile.
     */
    public void live(SceneInstaller installer) {
        running.installer(installer);
        cues.goLive();
    }

    /** Evaluates a whole set: the resulting scene and scene definitions replace the running ones. */
    public EvalResult evaluateSet(String code, String origin) {
        return evaluations.evaluate(() -> runner.run(code, origin), code, origin, true);
    }

    /** Evaluates a set file, making its folder the base for assets. */
    public EvalResult load(SetFile set) {
        Path parent = set.path().toAbsolutePath().getParent();
        if (parent != null) baseDirectory = parent;
        return evaluateSet(set.code(), set.name());
    }

    /** Evaluates a block: only the outputs (and tempo, scenes) it names change. */
    public EvalResult evaluateBlock(String code, String origin) {
        return evaluations.evaluate(() -> runner.run(code, origin), code, origin, false);
    }

    /**
     * Switches to the scene {@code name} of the set: its body runs like a block over the running
     * scene (it changes what it names). Any thread (OSC, MIDI, the REPL); inside an evaluation the
     * body runs at once as part of it.
     */
    @Override
    public EvalResult cue(String name) {
        return evaluations.cue(name, def -> evaluations.evaluate(() -> runner.call(def.body(), def.code(), def.origin()),
                def.code(), def.origin(), false));
    }

    /** The scene last cued successfully (null before any cue): the HUD shows it, stage keys step from it. */
    public String currentScene() {
        return evaluations.currentScene();
    }

    /** A cue asked for from the control thread or an I/O thread: runs on the cue thread, reports errors. */
    @Override
    public void cueLater(String name) {
        cues.later(() -> {
            EvalResult r = cue(name);
            if (!r.ok()) report(r.error());
        });
    }

    /** Publishes what a successful evaluation set besides its scene, in order; logs every evaluation. */
    private final class Publish implements Evaluations.Commit {
        @Override
        public void starting() {
            latents.newEvaluation();
        }

        @Override
        public void failed(String origin, String code, boolean wholeSet) {
            log.eval(origin, code, wholeSet, false);
        }

        @Override
        public void succeeded(SceneBuilder b, String origin, String code, boolean wholeSet) {
            if (wholeSet) latents.retire();
            if (!Double.isNaN(b.tempo())) {
                clock.bpm(b.tempo());
                log.tempo(b.tempo(), "code");
            }
            if (wholeSet) inputs.handlers().clear();
            for (Runnable commit : b.commits()) commit.run();
            log.eval(origin, code, wholeSet, true);
            history.add(code, origin, wholeSet);
        }
    }

    @Override
    public void define(SceneDef def) {
        evaluations.define(def);
    }

    @Override
    public VisualFunction function(String name) {
        return evaluations.function(name);
    }

    @Override
    public void defineFunction(UnaryOperator<UserFunctions> define) {
        evaluations.defineFunction(define);
    }

    @Override
    public String currentCode() {
        return evaluations.currentCode();
    }

    @Override
    public void output(int index, Chain chain, String where) {
        evaluations.output(index, chain, where);
    }

    @Override
    public void show(int output) {
        evaluations.show(output);
    }

    @Override
    public void hush() {
        evaluations.hush();
    }

    @Override
    public void whenCommitted(Runnable action) {
        evaluations.whenCommitted(action);
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
        controls.tick(running.controlled());
        latents.tick(controls, seconds, cues.live());
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
        return running.scene();
    }

    /** Names of the scenes the running set defines, in definition order. */
    public List<String> sceneNames() {
        return evaluations.sceneNames();
    }

    public ControlLoop controls() {
        return controls;
    }

    /** The runner of this show's code: its time and memory limits (Java only; a set cannot reach it). */
    public ScriptRunner evaluator() {
        return runner;
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
        if (evaluations.isBuildingHere() && !Double.isNaN(evaluations.building().tempo())) return evaluations.building().tempo();
        return clock.bpm();
    }

    /** Sets the tempo: inside an evaluation it takes effect only if the evaluation succeeds. */
    public void bpm(double b) {
        if (!(b >= 20 && b <= 400)) throw new IllegalArgumentException("tempo must be between 20 and 400 BPM, got " + b);
        if (evaluations.isBuildingHere()) {
            evaluations.building().tempo(b);
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

    @Override
    public Moment moment() {
        return inputs.moment();
    }

    @Override
    public Audio audio() {
        return inputs.audio();
    }

    @Override
    public String audioInput(String spec) {
        return inputs.audioInput(spec);
    }

    @Override
    public Handlers handlers() {
        return inputs.handlers();
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
