package latente.dsl.lang;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;
import latente.dsl.show.ShowControl;
import latente.dsl.show.SceneDef;
import latente.dsl.show.EvalResult;
import latente.dsl.sandbox.Sandbox;
import latente.render.vocab.Kind;
import latente.render.vocab.VisualFunction;
import latente.runtime.scene.Scene;

/**
 * The base class of every set file and REPL block: the whole public language is reachable from
 * here. Visual sources ({@code osc}, {@code noise}, {@code src}...) come from the vocabulary
 * table; the outputs are {@code o0..o3}, the sources {@code s0..s3}; {@code time} and
 * {@code bpm} read the clock.
 *
 * <p>Every closure parameter carries {@code @DelegatesTo} (what names inside it resolve to) and
 * {@code @ClosureParams} (what it receives), so editors and type checking see the language.
 * Areas add their words as interfaces with default methods (see dsl/EXTENDING.md) and list them
 * in {@link Words}.
 *
 * <p>Thread contract: the script body runs on the eval thread; closures it creates (live
 * values) run later on the control thread and may read {@code time}, {@code beat} and friends.
 */
public abstract class LatenteScript extends Script implements ScriptContext, RecordWords, SyncWords, SignalWords, LatentWords {
    /** Binding variable holding this evaluation's origin (set-file name) for line numbers. */
    public static final String ORIGIN = "__latenteOrigin";

    @Help("output 0, the one shown by default")
    public final OutputHandle o0 = new OutputHandle(0);
    @Help("output 1")
    public final OutputHandle o1 = new OutputHandle(1);
    @Help("output 2")
    public final OutputHandle o2 = new OutputHandle(2);
    @Help("output 3")
    public final OutputHandle o3 = new OutputHandle(3);
    @Help("external source 0")
    public final SourceHandle s0 = new SourceHandle(0, this);
    @Help("external source 1")
    public final SourceHandle s1 = new SourceHandle(1, this);
    @Help("external source 2")
    public final SourceHandle s2 = new SourceHandle(2, this);
    @Help("external source 3")
    public final SourceHandle s3 = new SourceHandle(3, this);
    private VisualWords.Mouse mouse;

    private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private ShowControl show;
    private String origin = "";
    private AudioValues audio;
    private On on;

    /**
     * Captures this evaluation's origin when the script is created (on the eval thread), so that
     * closures running later on the control thread neither read the shared binding for it nor
     * see a later evaluation's name.
     */
    @Override
    public void setBinding(Binding binding) {
        super.setBinding(binding);
        origin = binding.hasVariable(ORIGIN) ? (String) binding.getVariable(ORIGIN) : "";
    }

    /**
     * Gives the script its show, once, right after it is created. The show is not a binding
     * variable, so performer code cannot name it; only the language's Java code may call this.
     */
    public void attach(ShowControl show) {
        Sandbox.checkCaller(CALLERS.getCallerClass(), "attach()");
        if (this.show != null) throw new IllegalStateException("this script already runs on a show");
        this.show = show;
    }

    /** For the words' Java code only: performer code that calls it is refused (see {@link Sandbox}). */
    @Override
    public ShowControl showControl() {
        Sandbox.checkCaller(CALLERS.getCallerClass(), "showControl()");
        return show;
    }

    /** Run-time half of the name check: {@code this[name]} reaches properties the compile-time check cannot see. */
    @Override
    public Object getProperty(String property) {
        String refusal = Sandbox.refusalForName(property);
        if (refusal != null) throw new LanguageException(refusal, CallSite.find(origin()), property);
        return super.getProperty(property);
    }

    @Override
    public void setProperty(String property, Object newValue) {
        String refusal = Sandbox.refusalForName(property);
        if (refusal != null) throw new LanguageException(refusal, CallSite.find(origin()), property);
        super.setProperty(property, newValue);
    }

    @Override
    public String origin() {
        return origin;
    }

    /** Sources of the vocabulary table: {@code osc(60, 0.1, 0)}, {@code src(o0)}... */
    public Object methodMissing(String name, Object args) {
        Object[] a = args instanceof Object[] arr ? arr : new Object[] {args};
        VisualFunction fn = showControl().function(name);
        if (fn == null) throw new LanguageException(Suggestions.unknownCall(name, a), CallSite.find(origin()), name);
        if (fn.kind() != Kind.SOURCE) {
            throw new LanguageException(name + "() transforms a chain; start with a source, e.g. osc()." + name + "()",
                    CallSite.find(origin()), name);
        }
        return ChainBuilder.start(showControl(), origin(), fn, a);
    }

    /** Shows output {@code o} full-screen. */
    @Help(signature = "render(output)", value = "shows an output full-screen (render(o1)); render() shows all four in a grid")
    public void render(OutputHandle o) {
        showControl().show(o.index());
    }

    /** Shows all four outputs in a 2×2 grid. */
    public void render() {
        showControl().show(Scene.SHOW_ALL);
    }

    /** Seconds since the show started, times {@link #getSpeed() speed} (Hydra's {@code time}). */
    @Help("seconds since the show started, times speed")
    public double getTime() {
        return showControl().time();
    }

    /** Hydra's global speed: a multiplier of {@code time}. */
    @Help("multiplier of time (Hydra's speed)")
    public double getSpeed() {
        return showControl().speed();
    }

    public void setSpeed(double speed) {
        showControl().speed(speed);
    }

    /** Tempo in beats per minute. */
    @Help("the tempo in beats per minute (read or assign)")
    public double getBpm() {
        return showControl().bpm();
    }

    public void setBpm(double bpm) {
        showControl().bpm(bpm);
    }

    /** {@code tempo 124} sets the tempo in beats per minute. */
    @Help(signature = "tempo(bpm)", value = "sets the tempo in beats per minute: tempo 128")
    public void tempo(Number bpm) {
        showControl().bpm(bpm.doubleValue());
    }

    /** Musical time in beats since the start. */
    @Help("beats since the show started (follows the tempo)")
    public double getBeat() {
        return showControl().beat();
    }

    /** The bar number (bars of {@code meter} beats, from the source's downbeat). */
    @Help("the bar number (bars of meter beats, from the source's downbeat)")
    public long getBar() {
        return showControl().bar();
    }

    /** Where in the current beat we are, 0 (on the beat) up to 1. */
    @Help("where in the current beat we are, 0 (on the beat) up to 1")
    public double getPhase() {
        return showControl().phase();
    }

    /** The audio input's values and settings ({@code audio.bass}, {@code audio.fft[0]}, {@code audio.input 'track.wav'}). */
    @Help("the audio input: audio.bass/mid/high/energy/beat/bpm, audio.fft[i], audio.input 'track.wav', audio.setBins(n)")
    public AudioValues getAudio() {
        if (audio == null) audio = new AudioValues(showControl());
        return audio;
    }

    /** Hydra's name for {@link #getAudio() audio}: {@code a.fft[0]}, {@code a.setBins(4)}. */
    @Help("Hydra's name for audio: a.fft[0], a.setBins(4), a.setSmooth(0.4), a.setCutoff(2), a.setScale(10)")
    public AudioValues getA() {
        return getAudio();
    }

    /** Event handlers: {@code on.msg}, {@code on.note}, {@code on.beat}, {@code on.onset}. */
    @Help("event handlers: on.msg('/x/*') { args -> }, on.note(36) { v -> }, on.beat(4) { }, on.onset { }")
    public On getOn() {
        if (on == null) on = new On(showControl(), origin());
        return on;
    }

    /** Hydra's setFunction: adds a visual function written in GLSL (see docs/vocabulary.md). */
    @Help(signature = "setFunction(name: 'wobble', type: 'coord', inputs: [[name: 'amount', type: 'float', default: 0.1]], glsl: '...')", value = "Hydra's setFunction: adds a visual function written in GLSL (see docs/vocabulary.md)")
    public void setFunction(java.util.Map<String, ?> spec) {
        VisualWords.setFunction(showControl(), spec, CallSite.find(origin()));
    }

    /** Resizes the outputs o0..o3 from the next frame on; the scene keeps running. */
    @Help(signature = "setResolution(width, height)", value = "resizes the outputs o0..o3 from the next frame on; the scene keeps running")
    public void setResolution(Number width, Number height) {
        VisualWords.setResolution(showControl(), width, height, CallSite.find(origin()));
    }

    /**
     * The outputs' render scale: {@code renderScale 'auto'} (the default) lowers it in steps when
     * frames run late and raises it when there is room; {@code renderScale 0.5} fixes it. The
     * window and the recording keep their size.
     */
    @Help(signature = "renderScale('auto' or scale)", value = "the outputs' render scale: 'auto' (default) lowers it in steps to hold the frame rate; 0.5 pins half size; window and recording keep their size")
    public void renderScale(Object scale) {
        VisualWords.renderScale(showControl(), scale, CallSite.find(origin()));
    }

    /** The pointer over the stage window in pixels: {@code mouse.x}, {@code mouse.y} (read them in closures). */
    @Help("the pointer over the stage window in pixels: mouse.x, mouse.y (read them in closures)")
    public VisualWords.Mouse getMouse() {
        VisualWords.Mouse m = mouse;
        if (m == null) mouse = m = new VisualWords.Mouse(showControl().bus()); // benign race: both are equal
        return m;
    }

    /** The outputs' size in pixels: {@code resolution.x}, {@code resolution.y}. */
    @Help("the outputs' size in pixels: resolution.x, resolution.y")
    public VisualWords.Resolution getResolution() {
        return VisualWords.Resolution.of(showControl());
    }

    /** Blacks out: every output stops drawing and goes black (Hydra's {@code hush()}). */
    @Help(signature = "hush()", value = "blacks out: every output stops drawing and goes black")
    public void hush() {
        showControl().hush();
    }

    /**
     * {@code scene('drop') { ... }}: defines a scene of the set. The body runs when the scene is
     * cued and changes what it names, like a block typed in the REPL.
     */
    @Help(signature = "scene(name) { ... }", value = "defines a scene of the set; cue it later by name")
    public void scene(String name,
                      @DelegatesTo(value = LatenteScript.class, strategy = Closure.OWNER_FIRST)
                      @ClosureParams(value = SimpleType.class, options = {}) Closure<?> body) {
        if (name == null || name.isBlank()) throw new LanguageException("a scene needs a name: scene('drop') { ... }", CallSite.find(origin()));
        showControl().define(new SceneDef(name, body::call, origin(), showControl().currentCode()));
    }

    /** {@code cue 'drop'}: switches to a scene of the set (from code, a handler, OSC or MIDI). */
    @Help(signature = "cue(name)", value = "switches to a scene of the set: runs its body over the running scene")
    public void cue(String name) {
        if (showControl().currentCode().isEmpty()) {
            showControl().cueLater(name); // from a handler on the control thread: never block it
            return;
        }
        EvalResult r = showControl().cue(name);
        if (!r.ok()) throw new LanguageException(r.error(), CallSite.find(origin()));
    }

    /** {@code asset('images/moss.png')}: a path resolved against the set file's folder. */
    @Help(signature = "asset(path)", value = "a file path resolved against the set file's folder")
    public String asset(String path) {
        return showControl().resolve(path).toString();
    }
}
