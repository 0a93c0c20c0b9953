package latente.runtime.model.sd;

import java.util.Random;

/**
 * Euler sampling of the probability-flow ODE in the variance-exploding form (Karras et al. 2022,
 * k-diffusion): {@code x = clean + sigma * noise}, the UNet sees {@code x / sqrt(sigma^2 + 1)},
 * the clean estimate is {@code D = x - sigma * eps} and {@code x' = D + (sigma'/sigma)(x - D)}.
 *
 * <p>Sigmas are either the training sigmas at the spread timesteps (SD-Turbo uses
 * {@link Timesteps#TRAILING}), or Karras sigmas
 * {@code (smax^(1/rho) + i/(N-1) (smin^(1/rho) - smax^(1/rho)))^rho}, rho = 7, between the
 * schedule's extremes, with timesteps found by log-sigma interpolation. A final sigma of 0 ends
 * every plan.
 */
public final class EulerScheduler implements Scheduler {
    public static final double RHO = 7.0;
    private final NoiseSchedule noise;
    private final Timesteps spacing;
    private final boolean karras;

    public EulerScheduler(NoiseSchedule noise, Timesteps spacing, boolean karras) {
        this.noise = noise;
        this.spacing = spacing;
        this.karras = karras;
    }

    /** SD-Turbo / SDXL-Turbo: trailing timesteps (1 step = timestep 999). */
    public static EulerScheduler turbo() {
        return new EulerScheduler(NoiseSchedule.stableDiffusion(), Timesteps.TRAILING, false);
    }

    /** Karras sigmas, for ordinary SD checkpoints run with more steps. */
    public static EulerScheduler karras() {
        return new EulerScheduler(NoiseSchedule.stableDiffusion(), Timesteps.TRAILING, true);
    }

    @Override
    public String name() {
        return karras ? "euler-karras" : "euler-" + spacing.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Plan plan(int steps) {
        double[] t;
        double[] sigma = new double[steps + 1];
        if (karras) {
            t = new double[steps];
            double hi = Math.pow(noise.sigma(noise.length() - 1), 1 / RHO);
            double lo = Math.pow(noise.sigma(0), 1 / RHO);
            for (int i = 0; i < steps; i++) {
                double f = steps == 1 ? 0 : (double) i / (steps - 1);
                sigma[i] = Math.pow(hi + f * (lo - hi), RHO);
                t[i] = noise.timestepFor(sigma[i]);
            }
        } else {
            t = spacing.spread(steps, noise.length());
            for (int i = 0; i < steps; i++) sigma[i] = noise.sigmaAt(t[i]);
        }
        return new Plan(t, sigma);
    }

    /** An Euler plan: timesteps and sigmas (one more sigma than steps, the last one 0). */
    public static final class Plan implements Schedule {
        private final double[] t;
        private final double[] sigma;

        Plan(double[] t, double[] sigma) {
            this.t = t;
            this.sigma = sigma;
        }

        public double sigma(int i) {
            return sigma[i];
        }

        @Override
        public int steps() {
            return t.length;
        }

        @Override
        public double timestep(int i) {
            return t[i];
        }

        @Override
        public double inputScale(int i) {
            return 1 / Math.sqrt(sigma[i] * sigma[i] + 1);
        }

        @Override
        public double alphaBar(int i) {
            return 1 / (sigma[i] * sigma[i] + 1);
        }

        @Override
        public void start(float[] n, float[] x) {
            float s = (float) sigma[0];
            for (int k = 0; k < x.length; k++) x[k] = n[k] * s;
        }

        @Override
        public void startFrom(int i, float[] clean, float[] n, float[] x) {
            float s = (float) sigma[i];
            for (int k = 0; k < x.length; k++) x[k] = clean[k] + n[k] * s;
        }

        @Override
        public void step(int i, float[] x, float[] eps, Random rng) {
            float dt = (float) (sigma[i + 1] - sigma[i]);
            for (int k = 0; k < x.length; k++) x[k] += dt * eps[k];
        }
    }
}
