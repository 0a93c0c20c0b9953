package latente.runtime.model;

import java.util.List;

/**
 * A generative image model driven step by step by a scheduler: the one interface the streaming
 * layer uses, implemented by the built-in garden model and by Stable Diffusion directories.
 *
 * <p>Images cross this interface as interleaved RGB floats, row-major from the top-left pixel,
 * values in [0, 1], length {@code width() * height() * 3} (what a GL upload of an RGB32F
 * texture wants). Noise is unit Gaussian of length {@link #noiseLength()} in the model's own
 * latent layout; walks slerp between two such vectors ({@link Noise#slerp}).
 *
 * <p>Thread contract: one thread (a model worker) calls {@link #generate}; implementations are
 * not required to be thread-safe. {@link #close} must not race a running generate.
 */
public interface LatentModel extends AutoCloseable {

    /** What the model is ("builtin:garden", a file or directory path). */
    String name();

    int width();

    int height();

    /** Length of the unit-Gaussian noise vector {@link Request#noise} must have. */
    int noiseLength();

    /** Words the model understands in prompts (garden: its families); empty for free text (SD). */
    List<String> vocabulary();

    /**
     * Runs the whole sampler for one keyframe and writes it into {@code rgbOut}.
     *
     * @throws ModelException naming the model file or tensor when the runtime fails
     */
    void generate(Request request, float[] rgbOut) throws ModelException;

    /** Convenience: a keyframe from a seed (noise drawn with {@link Gaussian}). */
    default void generate(Conditioning conditioning, long seed, int steps, float[] rgbOut) throws ModelException {
        generate(Request.of(conditioning, Noise.seeded(seed, noiseLength()), steps), rgbOut);
    }

    @Override
    void close();
}
