package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Timesteps and sigmas against the published formulas, recomputed here independently. */
class SchedulerTest {
    /** alphaBar_t = exp(sum log(1 - beta)), beta = linspace(sqrt(0.00085), sqrt(0.012), 1000)^2. */
    static double alphaBar(int t) {
        double logSum = 0;
        for (int s = 0; s <= t; s++) {
            double root = Math.sqrt(0.00085) + (Math.sqrt(0.012) - Math.sqrt(0.00085)) * s / 999.0;
            logSum += Math.log1p(-root * root);
        }
        return Math.exp(logSum);
    }

    static double sigma(int t) {
        double a = alphaBar(t);
        return Math.sqrt((1 - a) / a);
    }

    static double[] timesteps(Schedule s) {
        double[] t = new double[s.steps()];
        for (int i = 0; i < t.length; i++) t[i] = s.timestep(i);
        return t;
    }

    @Test
    void sdScheduleHasItsWellKnownExtremes() {
        NoiseSchedule n = NoiseSchedule.stableDiffusion();
        assertEquals(14.6146, n.sigma(999), 1e-4);
        assertEquals(0.0292, n.sigma(0), 1e-4);
        for (int t : new int[] {0, 1, 249, 500, 999}) assertEquals(alphaBar(t), n.alphaBar(t), 1e-12);
    }

    @Test
    void eulerTrailingForTurbo() {
        EulerScheduler.Plan one = EulerScheduler.turbo().plan(1);
        assertArrayEquals(new double[] {999}, timesteps(one));
        assertEquals(sigma(999), one.sigma(0), 1e-9);
        assertEquals(0, one.sigma(1));
        EulerScheduler.Plan four = EulerScheduler.turbo().plan(4);
        assertArrayEquals(new double[] {999, 749, 499, 249}, timesteps(four));
        for (int i = 0; i < 4; i++) assertEquals(sigma((int) four.timestep(i)), four.sigma(i), 1e-9);
        assertArrayEquals(new double[] {999, 666, 332}, timesteps(EulerScheduler.turbo().plan(3)));
        assertEquals(1 / Math.sqrt(sigma(749) * sigma(749) + 1), four.inputScale(1), 1e-9);
        assertEquals(Math.sqrt(alphaBar(749)), four.inputScale(1), 1e-9);
    }

    @Test
    void otherSpacings() {
        NoiseSchedule n = NoiseSchedule.stableDiffusion();
        Schedule leading = new EulerScheduler(n, Timesteps.LEADING, false).plan(4);
        assertArrayEquals(new double[] {751, 501, 251, 1}, timesteps(leading));
        EulerScheduler.Plan lin = new EulerScheduler(n, Timesteps.LINSPACE, false).plan(4);
        assertArrayEquals(new double[] {999, 666, 333, 0}, timesteps(lin), 1e-9);
        // linspace(0, 999, 7) reversed: 999, 832.5, 666, 499.5, ...
        assertEquals((sigma(499) + sigma(500)) / 2, new EulerScheduler(n, Timesteps.LINSPACE, false).plan(7).sigma(3), 1e-9);
    }

    @Test
    void eulerKarrasSigmas() {
        EulerScheduler.Plan p = EulerScheduler.karras().plan(4);
        double hi = Math.pow(sigma(999), 1 / 7.0);
        double lo = Math.pow(sigma(0), 1 / 7.0);
        for (int i = 0; i < 4; i++) {
            assertEquals(Math.pow(hi + i / 3.0 * (lo - hi), 7), p.sigma(i), 1e-9);
        }
        assertEquals(999, p.timestep(0), 1e-9);
        assertEquals(0, p.timestep(3), 1e-9);
        // interior timestep: the fractional t whose interpolated log sigma is the Karras sigma
        double t = p.timestep(1);
        int k = (int) Math.floor(t);
        double w = t - k;
        assertEquals(Math.log(p.sigma(1)), (1 - w) * Math.log(sigma(k)) + w * Math.log(sigma(k + 1)), 1e-9);
    }

    @Test
    void lcmTimestepsAndBoundaryConditions() {
        assertArrayEquals(new double[] {999}, timesteps(LcmScheduler.lcm().plan(1)));
        assertArrayEquals(new double[] {999, 499}, timesteps(LcmScheduler.lcm().plan(2)));
        assertArrayEquals(new double[] {999, 759, 499, 259}, timesteps(LcmScheduler.lcm().plan(4)));
        assertArrayEquals(new double[] {999, 749, 499, 249}, timesteps(LcmScheduler.turbo().plan(4)));
        assertEquals(50, LcmScheduler.lcm().plan(80).steps()); // the whole distillation grid, 999 .. 19
        assertEquals(19, LcmScheduler.lcm().plan(80).timestep(49));
        double st = 259 * 10.0;
        assertEquals(0.25 / (st * st + 0.25), LcmScheduler.cSkip(259), 1e-15);
        assertEquals(st / Math.sqrt(st * st + 0.25), LcmScheduler.cOut(259), 1e-15);
        assertEquals(1.0, LcmScheduler.cSkip(0), 1e-15);
    }

    @Test
    void turboOneStepIsTheCleanEstimate() {
        float[] x = {1.5f, -2f, 0.25f};
        float[] eps = {0.3f, -0.1f, 0.9f};
        float[] a = x.clone();
        LcmScheduler.turbo().plan(1).step(0, a, eps, new Random(1));
        float[] b = new float[3];
        Schedule euler = EulerScheduler.turbo().plan(1);
        // Euler sees x scaled by sqrt(aBar): the same VP latent is x / sqrt(aBar) in VE form
        double ab = alphaBar(999);
        for (int k = 0; k < 3; k++) b[k] = (float) (x[k] / Math.sqrt(ab));
        euler.step(0, b, eps, new Random(1));
        for (int k = 0; k < 3; k++) {
            double x0 = (x[k] - Math.sqrt(1 - ab) * eps[k]) / Math.sqrt(ab);
            assertEquals(x0, a[k], 1e-4);
            assertEquals(x0, b[k], 1e-4);
        }
    }

    /** With a perfect denoiser of a single clean point, every sampler must land on that point. */
    @Test
    void samplersRecoverTheCleanPointWithAnOracle() {
        float[] clean = {0.7f, -1.2f, 0.1f, 2.0f};
        NoiseSchedule n = NoiseSchedule.stableDiffusion();
        for (Scheduler s : new Scheduler[] {EulerScheduler.turbo(), EulerScheduler.karras(), LcmScheduler.lcm(), LcmScheduler.turbo()}) {
            for (int steps : new int[] {1, 2, 4}) {
                Schedule plan = s.plan(steps);
                Random rng = new Random(9);
                float[] noise = new float[4];
                for (int k = 0; k < 4; k++) noise[k] = (float) rng.nextGaussian();
                float[] x = new float[4];
                plan.start(noise, x);
                float[] eps = new float[4];
                for (int i = 0; i < steps; i++) {
                    // the UNet sees scaled latents; in VP form x_t = sqrt(aBar) x0 + sqrt(1 - aBar) eps
                    double ab = n.alphaBar((int) Math.round(plan.timestep(i)));
                    if (s instanceof EulerScheduler) ab = 1 / (1 + Math.pow(((EulerScheduler.Plan) plan).sigma(i), 2));
                    for (int k = 0; k < 4; k++) {
                        double vp = x[k] * plan.inputScale(i);
                        eps[k] = (float) ((vp - Math.sqrt(ab) * clean[k]) / Math.sqrt(1 - ab));
                    }
                    plan.step(i, x, eps, rng);
                }
                for (int k = 0; k < 4; k++) assertEquals(clean[k], x[k], 2e-3, s.name() + " " + steps);
            }
        }
    }
}
