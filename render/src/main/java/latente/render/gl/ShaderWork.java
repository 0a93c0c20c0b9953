package latente.render.gl;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the expensive shader work (compiling and linking a program, trial-drawing it to measure its cost) and
 * how much of it happened on a stage thread, one that draws the audience's picture. Live, the
 * cold work belongs on the compile thread: a cold link and first draw of a new program take
 * from tens to hundreds of milliseconds on a CPU rasteriser, which on the stage thread is a
 * frozen picture. The stage thread builds only programs the compile thread built and tried
 * first (from the driver's cache) and never trial-draws. The counts let a test prove where the
 * work ran without timing anything.
 *
 * <p>Thread contract: any thread records; {@link #markStageThread} marks the calling thread for
 * the rest of its life. Counters are process-wide (one show per process; tests read differences).
 */
public final class ShaderWork {
    private static final ThreadLocal<Boolean> STAGE = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final AtomicLong STAGE_BUILDS = new AtomicLong();
    private static final AtomicLong TRIALS = new AtomicLong();
    private static final AtomicLong STAGE_TRIALS = new AtomicLong();

    private ShaderWork() {}

    /** The calling thread draws the audience's picture (the live render thread). */
    public static void markStageThread() {
        STAGE.set(Boolean.TRUE);
    }

    /** A program is being compiled and linked on the calling thread (whether its GLSL compiles or not). */
    static void built() {
        BUILDS.incrementAndGet();
        if (STAGE.get()) STAGE_BUILDS.incrementAndGet();
    }

    /** One trial draw of a new program ran on the calling thread. */
    public static void trialDraw() {
        TRIALS.incrementAndGet();
        if (STAGE.get()) STAGE_TRIALS.incrementAndGet();
    }

    /** Programs compiled and linked (or refused by the driver) so far, on any thread. */
    public static long builds() {
        return BUILDS.get();
    }

    /** Programs compiled and linked on a stage thread. */
    public static long stageBuilds() {
        return STAGE_BUILDS.get();
    }

    /** Trial draws so far, on any thread. */
    public static long trialDraws() {
        return TRIALS.get();
    }

    /** Trial draws on a stage thread. */
    public static long stageTrialDraws() {
        return STAGE_TRIALS.get();
    }
}
