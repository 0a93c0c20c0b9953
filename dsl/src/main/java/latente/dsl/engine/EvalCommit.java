package latente.dsl.engine;

import java.util.function.Supplier;
import latente.dsl.control.Handlers;
import latente.dsl.latent.Latents;
import latente.runtime.log.PerformanceLog;

/**
 * What an evaluation publishes besides its scene, in this order, once it succeeded: latent
 * streams of a replaced set retire, the tempo it set, a whole set's handlers replace the old
 * ones, then its commits (clock source, meter, handlers, cues) run; every evaluation, good or
 * bad, goes to the performance log, and a good one to the history a log opened later replays.
 *
 * <p>Thread contract: called by {@link Evaluations} under its lock, on the evaluating thread.
 */
final class EvalCommit implements Evaluations.Commit {
    private final Latents latents;
    private final Clock clock;
    private final Handlers handlers;
    private final EvalHistory history;
    private final Supplier<PerformanceLog> log;

    EvalCommit(Latents latents, Clock clock, Handlers handlers, EvalHistory history, Supplier<PerformanceLog> log) {
        this.latents = latents;
        this.clock = clock;
        this.handlers = handlers;
        this.history = history;
        this.log = log;
    }

    @Override
    public void starting() {
        latents.newEvaluation();
    }

    @Override
    public void failed(String origin, String code, boolean wholeSet) {
        log.get().eval(origin, code, wholeSet, false);
    }

    @Override
    public void succeeded(SceneBuilder b, String origin, String code, boolean wholeSet) {
        if (wholeSet) latents.retire();
        if (!Double.isNaN(b.tempo())) {
            clock.bpm(b.tempo());
            log.get().tempo(b.tempo(), "code");
        }
        if (wholeSet) handlers.clear();
        for (Runnable commit : b.commits()) commit.run();
        log.get().eval(origin, code, wholeSet, true);
        history.add(code, origin, wholeSet);
    }
}
