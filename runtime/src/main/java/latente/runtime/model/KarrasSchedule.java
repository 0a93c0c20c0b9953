package latente.runtime.model;

/**
 * Noise levels of the Karras et al. (2022) schedule:
 * σ_i = (σ_max^{1/ρ} + i/(N−1)·(σ_min^{1/ρ} − σ_max^{1/ρ}))^ρ, i = 0..N−1, with ρ = 7.
 * One step (N = 1) uses σ_max alone.
 */
public final class KarrasSchedule {
    public static final double RHO = 7;

    private KarrasSchedule() {}

    public static double[] sigmas(int steps, double sigmaMax, double sigmaMin) {
        double a = Math.pow(sigmaMax, 1 / RHO), b = Math.pow(sigmaMin, 1 / RHO);
        double[] s = new double[steps];
        for (int i = 0; i < steps; i++) s[i] = Math.pow(a + (double) i / Math.max(1, steps - 1) * (b - a), RHO);
        return s;
    }
}
