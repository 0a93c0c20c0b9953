package latente.dsl.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import latente.audio.Audio;
import latente.dsl.control.ControlLoop;
import latente.dsl.control.Handlers;
import latente.dsl.latent.Latents;
import latente.dsl.show.EvalResult;
import latente.dsl.show.RecordingControl;
import latente.dsl.show.SceneDef;
import latente.dsl.show.ShowControl;
import latente.render.RenderLink;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.VisualFunction;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Chain;
import latente.runtime.signal.Moment;
import latente.runtime.sync.Sync;

/**
 * One engine as its language sees it: the {@link ShowControl} the evaluator attaches to every script.
 * Edits go to the engine's {@link Evaluations} (which route them to the evaluation on the
 * calling thread, or to the running show), reads and services to the engine's parts. Holds no
 * state of its own; thread contracts are the ones {@link ShowControl} documents.
 */
final class EngineShowControl implements ShowControl {
    private final Engine engine;
    private final Evaluations evaluations;

    EngineShowControl(Engine engine, Evaluations evaluations) {
        this.engine = engine;
        this.evaluations = evaluations;
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
    public void define(SceneDef def) {
        evaluations.define(def);
    }

    @Override
    public EvalResult cue(String name) {
        return engine.cue(name);
    }

    @Override
    public void cueLater(String name) {
        engine.cueLater(name);
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
    public void whenCommitted(Runnable action) {
        evaluations.whenCommitted(action);
    }

    @Override
    public String currentCode() {
        return evaluations.currentCode();
    }

    @Override
    public double time() {
        return engine.time();
    }

    @Override
    public double speed() {
        return engine.speed();
    }

    @Override
    public void speed(double speed) {
        engine.speed(speed);
    }

    @Override
    public double bpm() {
        if (evaluations.isBuildingHere() && !Double.isNaN(evaluations.building().tempo())) return evaluations.building().tempo();
        return engine.bpm();
    }

    @Override
    public void bpm(double bpm) {
        if (evaluations.isBuildingHere()) evaluations.building().tempo(Engine.checkedTempo(bpm));
        else engine.bpm(bpm);
    }

    @Override
    public double beat() {
        return engine.beat();
    }

    @Override
    public long bar() {
        return engine.bar();
    }

    @Override
    public double phase() {
        return engine.phase();
    }

    @Override
    public double tap() {
        return engine.tap();
    }

    @Override
    public ParamBus bus() {
        return engine.bus();
    }

    @Override
    public Sync sync() {
        return engine.sync();
    }

    @Override
    public Moment moment() {
        return engine.inputs().moment();
    }

    @Override
    public Audio audio() {
        return engine.inputs().audio();
    }

    @Override
    public String audioInput(String spec) {
        return engine.inputs().audioInput(spec);
    }

    @Override
    public Handlers handlers() {
        return engine.inputs().handlers();
    }

    @Override
    public ControlLoop controls() {
        return engine.controls();
    }

    @Override
    public Latents latents() {
        return engine.latents();
    }

    @Override
    public RenderLink link() {
        return engine.link();
    }

    @Override
    public RecordingControl recording() {
        return engine.recording();
    }

    @Override
    public Path resolve(String asset) {
        return engine.resolve(asset);
    }

    @Override
    public PrintStream messages() {
        return engine.messages();
    }

    @Override
    public void say(String message) {
        engine.say(message);
    }

    @Override
    public void report(String message) {
        engine.report(message);
    }
}
