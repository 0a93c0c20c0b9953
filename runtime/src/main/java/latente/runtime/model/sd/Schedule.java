package latente.runtime.model.sd;

import java.util.Random;

/**
 * The timesteps of one generation and the latent update rules between them. Latents are flat
 * float arrays (NCHW); every method works in place on the given arrays and allocates nothing.
 */
public interface Schedule {
    int steps();

    /** The timestep fed to the UNet at step {@code i} (may be fractional; int models round it). */
    double timestep(int i);

    /** The factor applied to the latents before they enter the UNet at step {@code i}. */
    double inputScale(int i);

    /**
     * The signal fraction alphaBar of step {@code i}: the UNet's input is
     * {@code sqrt(aBar) x0 + sqrt(1 - aBar) eps} (needed to turn a v-prediction into eps).
     */
    double alphaBar(int i);

    /** Text-to-image start: {@code x} = pure noise at the first step's level. */
    void start(float[] noise, float[] x);

    /** Image-to-image start: {@code x} = clean latents noised to the level of step {@code i}. */
    void startFrom(int i, float[] clean, float[] noise, float[] x);

    /**
     * Moves {@code x} from step {@code i} to step {@code i + 1} (after the last step: the clean
     * estimate) given the UNet's noise prediction {@code eps}. Samplers that re-noise draw from
     * {@code rng}, so a seeded generator gives the same frames.
     */
    void step(int i, float[] x, float[] eps, Random rng);
}
