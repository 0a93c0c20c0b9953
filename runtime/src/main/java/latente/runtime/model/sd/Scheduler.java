package latente.runtime.model.sd;

/**
 * A sampler of the UNet's noise prediction: it decides the timesteps for a number of steps and
 * how latents move from one to the next. Implementations are immutable and thread-safe; the
 * {@link Schedule} they plan is immutable too.
 */
public interface Scheduler {
    /** Short name for messages and benchmarks, e.g. "euler-trailing". */
    String name();

    /** The plan for {@code steps} denoising steps (1 or more). */
    Schedule plan(int steps);
}
