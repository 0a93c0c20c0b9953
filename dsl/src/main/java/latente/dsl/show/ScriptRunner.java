package latente.dsl.show;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The language as the engine sees it: something that turns performer code into calls on a
 * {@link ShowControl} and says whether that worked. The engine owns its evaluation transaction around
 * each call (what the code changed is published only on success); the runner owns compiling,
 * the sandbox, the time and memory watchdogs and the readable error messages. The engine knows
 * no Groovy: the wiring ({@code latente.dsl.wiring.Shows}) hands it the Groovy evaluator.
 *
 * <p>Thread contract: {@link #run} and {@link #call} are called by the engine with its
 * evaluation lock held (one at a time), on the thread that asked for the evaluation (REPL, eval
 * port, file watcher, cue thread); they block until the code finished or was stopped. The
 * limits may be set from any thread and apply from the next evaluation.
 */
public interface ScriptRunner {
    /** Makes the runner for one show (the engine calls it once, while it is being built). */
    interface Factory extends Function<ShowControl, ScriptRunner> {}

    /** Compiles and runs {@code code}; {@code origin} names it in messages ("drop.groovy", "repl#3"). */
    EvalResult run(String code, String origin);

    /** Runs code the performer wrote earlier (a scene's body, for a cue) under the same limits. */
    EvalResult call(Supplier<?> body, String code, String origin);

    /** The longest one evaluation may run before it is stopped, in seconds (positive). */
    void limitSeconds(double seconds);

    double limitSeconds();

    /** How much one evaluation may grow the long-lived heap before it is stopped (positive). */
    void heapLimitBytes(long bytes);
}
