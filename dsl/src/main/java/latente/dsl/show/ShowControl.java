package latente.dsl.show;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import latente.audio.Audio;
import latente.dsl.control.ControlLoop;
import latente.dsl.control.Handlers;
import latente.dsl.latent.Latents;
import latente.render.RenderLink;
import latente.render.vocab.UserFunctions;
import latente.render.vocab.VisualFunction;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Chain;
import latente.runtime.signal.Moment;
import latente.runtime.sync.Sync;

/**
 * The running show as the language's words see it: everything a word may ask of the engine, and
 * nothing else. The engine implements it; the words ({@code latente.dsl.lang}) and the evaluator
 * ({@code latente.dsl.eval}) know only this interface, so the engine can change (or be driven
 * without any language) without touching them, and performer code never holds more than this
 * (and not even this: see the sandbox).
 *
 * <p>Thread contracts, per group below:
 * <ul>
 *   <li><b>Editing the scene</b> ({@link #output}, {@link #show}, {@link #hush}, {@link #define},
 *   {@link #defineFunction}, {@link #bpm(double)}, {@link #whenCommitted}, {@link #cue}): on the
 *   thread running an evaluation they edit that evaluation's transaction, published only if it
 *   succeeds; on any other thread (a handler on the control thread, an I/O thread) they take
 *   effect at once, the scene changes running on the engine's cue thread when live so the caller
 *   never waits for a shader compile. The exception is {@link #cue} outside an evaluation: it
 *   evaluates the scene's body on the calling thread and waits for it, so a thread that must not
 *   wait (the control thread) uses {@link #cueLater}.</li>
 *   <li><b>Reading the show</b> (the clock, {@link #bus}, {@link #function}, {@link #currentCode}):
 *   any thread, including the control thread inside per-frame closures; never blocks.</li>
 *   <li><b>Messages</b> ({@link #say}, {@link #report}): any thread, never blocks live (printing
 *   happens on the cue thread).</li>
 *   <li><b>Services</b> (inputs, sync, latents, recorder, render link): each documents its own.</li>
 * </ul>
 */
public interface ShowControl {
    // Editing the scene

    /** {@code chain.out(o)}; {@code where} (a call site, or null) prefixes a problem reported outside an evaluation. */
    void output(int index, Chain chain, String where);

    /** {@code render(o)}: the output shown full-screen, or {@link latente.runtime.scene.Scene#SHOW_ALL}. */
    void show(int output);

    /** Clears every output. */
    void hush();

    /** {@code scene('drop') { ... }}: defines a scene of the set (inside an evaluation only). */
    void define(SceneDef def);

    /** {@code cue 'drop'}: runs the scene's body over the running scene; inside an evaluation, as part of it. */
    EvalResult cue(String name);

    /** A cue from a thread that must not wait (a handler on the control thread): runs on the cue thread. */
    void cueLater(String name);

    /** The visual function {@code name} as code running now sees it (a user function first), or null. */
    VisualFunction function(String name);

    /** {@code setFunction}: changes this show's table of user functions (transactionally inside an evaluation). */
    void defineFunction(UnaryOperator<UserFunctions> define);

    /** Runs {@code action} when the evaluation on this thread succeeds, or at once outside an evaluation. */
    void whenCommitted(Runnable action);

    /** The text of the evaluation running on this thread, or "" outside one (a handler, a closure). */
    String currentCode();

    // The clock

    double time();

    double speed();

    void speed(double speed);

    /** The tempo; inside an evaluation, the tempo that evaluation has set so far. */
    double bpm();

    /** Sets the tempo (20..400); inside an evaluation it takes effect only if the evaluation succeeds. */
    void bpm(double bpm);

    double beat();

    long bar();

    double phase();

    /** One tap of tap tempo (logged); the tempo so far, NaN on a first tap. */
    double tap();

    // What live values read and the services words drive

    ParamBus bus();

    Sync sync();

    /** The signal moment live values evaluate signals at (control thread). */
    Moment moment();

    /** The audio input, started on first use. */
    Audio audio();

    /** {@code audio.input 'track.wav'}: switches the audio input; a message for the performer. */
    String audioInput(String spec);

    /** The set's event handlers ({@code on.*}); installed from commits, run on the control thread. */
    Handlers handlers();

    /** The control thread's guarded runner, which handler bodies run under. */
    ControlLoop controls();

    /** Latent streams and the models they run. */
    Latents latents();

    /** Sources s0..s3, the output resolution and render scale, as the render thread will see them. */
    RenderLink link();

    /** The recorder ({@code record}, {@code snap}). */
    RecordingControl recording();

    /** An asset path as written in the set, resolved against the set file's folder. */
    Path resolve(String asset);

    // Messages

    /** The performer's console, printed to directly (the caller is on the eval thread). */
    PrintStream messages();

    /** A notice for the performer that is not an error. */
    void say(String message);

    /** A problem found outside an evaluation: to the HUD's error slot and the console. */
    void report(String message);
}
