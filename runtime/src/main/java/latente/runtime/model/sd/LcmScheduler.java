package latente.runtime.model.sd;

import java.util.Random;

/**
 * Multistep consistency sampling for 1–4 steps (LCM, Luo et al. 2023; the same loop samples
 * SD-Turbo/SDXL-Turbo, Sauer et al. 2023). At each timestep t the UNet's noise prediction gives
 * {@code x0 = (x - sqrt(1 - aBar_t) eps) / sqrt(aBar_t)}; the consistency boundary conditions
 * give the output {@code D = c_out(t) x0 + c_skip(t) x} with
 * {@code c_skip = s^2 / ((10t)^2 + s^2)}, {@code c_out = 10t / sqrt((10t)^2 + s^2)}, s = 0.5;
 * then D is noised afresh to the next timestep, {@code x' = sqrt(aBar_t') D + sqrt(1 - aBar_t') z}.
 * The last step returns D.
 *
 * <p>LCM timesteps come from its 50 "original" steps {@code 19, 39, ..., 999}, reversed and
 * taken at {@code floor(linspace(0, 50, N, endpoint=false))}; the Turbo preset uses trailing
 * timesteps and no boundary scaling (c_skip = 0, c_out = 1), so 1 step at timestep 999 is
 * exactly {@code x0}.
 */
public final class LcmScheduler implements Scheduler {
    public static final double SIGMA_DATA = 0.5;
    public static final double TIMESTEP_SCALING = 10.0;
    private final NoiseSchedule noise;
    private final int originalSteps;
    private final boolean boundary;

    /** @param originalSteps LCM's distillation grid (50); 0 selects trailing timesteps. */
    public LcmScheduler(NoiseSchedule noise, int originalSteps, boolean boundary) {
        this.noise = noise;
        this.originalSteps = originalSteps;
        this.boundary = boundary;
    }

    public static LcmScheduler lcm() {
        return new LcmScheduler(NoiseSchedule.stableDiffusion(), 50, true);
    }

    public static LcmScheduler turbo() {
        return new LcmScheduler(NoiseSchedule.stableDiffusion(), 0, false);
    }

    @Override
    public String name() {
        return originalSteps > 0 ? "lcm" : "turbo";
    }

    public static double cSkip(double t) {
        double st = t * TIMESTEP_SCALING;
        return SIGMA_DATA * SIGMA_DATA / (st * st + SIGMA_DATA * SIGMA_DATA);
    }

    public static double cOut(double t) {
        double st = t * TIMESTEP_SCALING;
        return st / Math.sqrt(st * st + SIGMA_DATA * SIGMA_DATA);
    }

    @Override
    public Schedule plan(int steps) {
        if (steps < 1) throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        // LCM's timesteps come from its distillation grid; more steps than it has would repeat them
        if (originalSteps > 0) steps = Math.min(steps, originalSteps);
        int[] t = new int[steps];
        if (originalSteps > 0) {
            int c = noise.length() / originalSteps;
            for (int i = 0; i < steps; i++) {
                int index = (int) Math.floor((double) i * originalSteps / steps);
                t[i] = (originalSteps - index) * c - 1;
            }
        } else {
            double[] spread = Timesteps.TRAILING.spread(steps, noise.length());
            for (int i = 0; i < steps; i++) t[i] = (int) spread[i];
        }
        return new Plan(t);
    }

    private final class Plan implements Schedule {
        private final int[] t;

        Plan(int[] t) {
            this.t = t;
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
            return 1;
        }

        @Override
        public double alphaBar(int i) {
            return noise.alphaBar(t[i]);
        }

        @Override
        public void start(float[] n, float[] x) {
            System.arraycopy(n, 0, x, 0, x.length);
        }

        @Override
        public void startFrom(int i, float[] clean, float[] n, float[] x) {
            double a = noise.alphaBar(t[i]);
            float cs = (float) Math.sqrt(a);
            float ns = (float) Math.sqrt(1 - a);
            for (int k = 0; k < x.length; k++) x[k] = cs * clean[k] + ns * n[k];
        }

        @Override
        public void step(int i, float[] x, float[] eps, Random rng) {
            double a = noise.alphaBar(t[i]);
            float inv = (float) (1 / Math.sqrt(a));
            float se = (float) Math.sqrt(1 - a);
            float skip = boundary ? (float) cSkip(t[i]) : 0f;
            float out = boundary ? (float) cOut(t[i]) : 1f;
            boolean last = i + 1 >= t.length;
            float ca = 0;
            float cn = 0;
            if (!last) {
                double an = noise.alphaBar(t[i + 1]);
                ca = (float) Math.sqrt(an);
                cn = (float) Math.sqrt(1 - an);
            }
            for (int k = 0; k < x.length; k++) {
                float x0 = (x[k] - se * eps[k]) * inv;
                float d = out * x0 + skip * x[k];
                x[k] = last ? d : ca * d + cn * (float) rng.nextGaussian();
            }
        }
    }
}
