package latente.dsl.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleSupplier;
import latente.dsl.eval.EvalResult;
import latente.dsl.eval.Evaluator;
import latente.dsl.eval.SceneBuilder;
import latente.dsl.lang.CallSite;
import latente.dsl.lang.seq.ListSequence;
import latente.render.RenderLink;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;

/**
 * The running show as the language sees it: the parameter bus, the last good scene, the clock
 * values that closures read, and evaluation of code into new scenes.
 *
 * <p>Thread contract: {@link #evaluate} is serialised (one evaluation at a time, on whichever
 * thread calls it: REPL, eval port, file watcher). {@link #advance} runs on the control thread
 * (or the offline render loop). Clock values are volatile so every thread sees the latest.
 */
public final class Engine {
    private final ParamBus bus = new ParamBus();
    private final PrintStream messages;
    private final Evaluator evaluator;
    private final ControlLoop controls;
    private final RenderLink link = new RenderLink();
    private volatile Path baseDirectory = Path.of("").toAbsolutePath();
    private volatile SceneInstaller installer = scene -> {};
    private volatile Scene scene = Scene.empty();
    private SceneBuilder building;
    private volatile double time;
    private volatile double beat;
    private volatile double speed = 1;
    private volatile double bpm = 120;
    private double lastSeconds = Double.NaN;

    public Engine(PrintStream messages) {
        this.messages = messages;
        this.evaluator = new Evaluator(this);
        this.controls = new ControlLoop(bus, messages);
    }

    public void installer(SceneInstaller installer) {
        this.installer = installer;
    }

    /** Evaluates a whole set: the resulting scene replaces the running one. */
    public EvalResult evaluateSet(String code, String origin) {
        return evaluate(code, origin, true);
    }

    /** Evaluates a block: only the outputs it names change. */
    public EvalResult evaluateBlock(String code, String origin) {
        return evaluate(code, origin, false);
    }

    private synchronized EvalResult evaluate(String code, String origin, boolean wholeSet) {
        SceneBuilder b = new SceneBuilder(wholeSet ? Scene.empty() : scene);
        building = b;
        EvalResult result;
        try {
            result = evaluator.run(code, origin);
        } finally {
            building = null;
        }
        if (!result.ok()) return result;
        if (wholeSet || b.changed()) {
            try {
                installer.install(b.scene());
            } catch (Exception e) {
                return EvalResult.error(e.getMessage());
            }
            scene = b.scene();
        }
        return result;
    }

    /** Called by {@code chain.out(o)}: inside an evaluation it edits that evaluation's scene. */
    public void output(int index, Chain chain, CallSite site) {
        SceneBuilder b = building;
        if (b != null) {
            b.output(index, chain);
        } else {
            replace(scene.withOutput(index, chain), site);
        }
    }

    public void show(int output) {
        SceneBuilder b = building;
        if (b != null) b.show(output);
        else replace(scene.withShown(output), null);
    }

    public void hush() {
        SceneBuilder b = building;
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            if (b != null) b.output(i, null);
        }
        if (b == null) replace(Scene.empty().withShown(scene.shown()), null);
    }

    /** A change made outside an evaluation (from a handler on the control thread). */
    private synchronized void replace(Scene next, CallSite site) {
        try {
            installer.install(next);
            scene = next;
        } catch (Exception e) {
            messages.println((site == null ? "" : site + ": ") + e.getMessage());
        }
    }

    /**
     * Moves the clock to {@code seconds} of wall or frame time and computes every live value.
     * Control thread (or the offline render loop, once per frame).
     */
    public void advance(double seconds) {
        double dt = Double.isNaN(lastSeconds) ? seconds : seconds - lastSeconds;
        lastSeconds = seconds;
        time += dt * speed;
        beat += dt * bpm / 60.0;
        bus.set(bus.slot("clock:bpm"), bpm);
        bus.set(bus.slot("clock:beat"), beat);
        controls.tick(scene.controls());
    }

    /** Hydra-style list argument (see {@link ListSequence}): timed by the beat, computed on the control thread. */
    public DoubleSupplier sequence(List<?> values, CallSite site) {
        ListSequence s;
        try {
            s = ListSequence.of(values);
        } catch (IllegalArgumentException e) {
            throw new latente.dsl.lang.LanguageException(e.getMessage(), site);
        }
        return () -> s.at(beat());
    }

    /** Sources s0..s3 and the output resolution, as the render thread will see them. */
    public RenderLink link() {
        return link;
    }

    /** The folder that relative paths in the set (images, videos) resolve against. */
    public Path baseDirectory() {
        return baseDirectory;
    }

    public void baseDirectory(Path dir) {
        baseDirectory = dir == null ? Path.of("").toAbsolutePath() : dir.toAbsolutePath();
    }

    public ParamBus bus() {
        return bus;
    }

    public Scene scene() {
        return scene;
    }

    public PrintStream messages() {
        return messages;
    }

    public double time() {
        return time;
    }

    public double beat() {
        return beat;
    }

    public double speed() {
        return speed;
    }

    public void speed(double s) {
        speed = s;
    }

    public double bpm() {
        return bpm;
    }

    public void bpm(double b) {
        if (!(b > 0 && b < 1000)) throw new IllegalArgumentException("tempo must be between 0 and 1000 BPM, got " + b);
        bpm = b;
    }
}
