package latente.dsl.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import latente.dsl.control.ControlLoop;
import latente.dsl.latent.Latents;
import latente.dsl.show.EvalResult;
import latente.dsl.show.RecordingControl;
import latente.dsl.show.ScriptRunner;
import latente.dsl.show.ShowControl;
import latente.render.RenderLink;
import latente.runtime.bus.ParamBus;
import latente.runtime.log.PerformanceLog;
import latente.runtime.scene.Scene;
import latente.runtime.sync.Sync;

/**
 * The running show: the parameter bus, the clock, the inputs, the running scene and the set's
 * scenes, and evaluation of code into new scenes (see {@link Evaluations} for the transaction).
 * The language's words talk to it through a {@link ShowControl} ({@link EngineShowControl}), and
 * it runs code through a {@link ScriptRunner} it is given: the engine knows no scripting language.
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
        this.evaluations = new Evaluations(running, cues, new EvalCommit(latents, clock, inputs.handlers(), history, () -> log));
        this.runner = language.apply(new EngineShowControl(this, evaluations));
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
    public EvalResult cue(String name) {
        return evaluations.cue(name, def -> evaluations.evaluate(() -> runner.call(def.body(), def.code(), def.origin()),
                def.code(), def.origin(), false));
    }

    /** The scene last cued successfully (null before any cue): the HUD shows it, stage keys step from it. */
    public String currentScene() {
        return evaluations.currentScene();
    }

    /** A cue asked for from the control thread or an I/O thread: runs on the cue thread, reports errors. */
    public void cueLater(String name) {
        cues.later(() -> {
            EvalResult r = cue(name);
            if (!r.ok()) report(r.error());
        });
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

    /** The tempo of the running show (code being evaluated sees its own through {@link ShowControl#bpm()}). */
    public double bpm() {
        return clock.bpm();
    }

    /** Sets the tempo now, logged (the REPL's {@code :bpm}, replay); code sets it through {@link ShowControl#bpm(double)}. */
    public void bpm(double b) {
        clock.bpm(checkedTempo(b));
        log.tempo(b, "code");
    }

    static double checkedTempo(double b) {
        if (!(b >= 20 && b <= 400)) throw new IllegalArgumentException("tempo must be between 20 and 400 BPM, got " + b);
        return b;
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

    public long bar() {
        return clock.bar();
    }

    public double phase() {
        return clock.phase();
    }

    /** One tap of tap tempo (a stage key, {@code tap()}), logged; the tempo so far (NaN on a first tap). */
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
