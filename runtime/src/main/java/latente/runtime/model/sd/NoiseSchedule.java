package latente.runtime.model.sd;

/**
 * The training noise schedule of Stable Diffusion: "scaled linear" betas,
 * {@code beta = linspace(sqrt(0.00085), sqrt(0.012), 1000)^2}, {@code alphaBar_t = prod(1 - beta)},
 * and the variance-exploding noise level {@code sigma_t = sqrt((1 - alphaBar_t) / alphaBar_t)}.
 * Immutable.
 */
public final class NoiseSchedule {
    public static final int TRAIN_STEPS = 1000;
    private final double[] alphaBar;
    private final double[] logSigma;

    private NoiseSchedule(double[] alphaBar) {
        this.alphaBar = alphaBar;
        this.logSigma = new double[alphaBar.length];
        for (int t = 0; t < alphaBar.length; t++) logSigma[t] = Math.log(sigma(t));
    }

    /** The schedule every SD 1.x/2.x/XL/Turbo/LCM model was trained with. */
    public static NoiseSchedule stableDiffusion() {
        return scaledLinear(0.00085, 0.012, TRAIN_STEPS);
    }

    public static NoiseSchedule scaledLinear(double betaStart, double betaEnd, int steps) {
        double[] a = new double[steps];
        double lo = Math.sqrt(betaStart);
        double hi = Math.sqrt(betaEnd);
        double prod = 1;
        for (int t = 0; t < steps; t++) {
            double root = steps == 1 ? lo : lo + (hi - lo) * t / (steps - 1);
            prod *= 1 - root * root;
            a[t] = prod;
        }
        return new NoiseSchedule(a);
    }

    public int length() {
        return alphaBar.length;
    }

    public double alphaBar(int t) {
        return alphaBar[t];
    }

    public double sigma(int t) {
        return Math.sqrt((1 - alphaBar[t]) / alphaBar[t]);
    }

    /** Sigma at a fractional timestep, linear between the integer ones (as diffusers interpolates). */
    public double sigmaAt(double t) {
        double c = Math.max(0, Math.min(alphaBar.length - 1, t));
        int lo = (int) Math.floor(c);
        int hi = Math.min(lo + 1, alphaBar.length - 1);
        double w = c - lo;
        return (1 - w) * sigma(lo) + w * sigma(hi);
    }

    /** The fractional timestep whose sigma is {@code sigma}, interpolated in log sigma (k-diffusion). */
    public double timestepFor(double sigma) {
        double ls = Math.log(sigma);
        int n = logSigma.length;
        if (ls <= logSigma[0]) return 0;
        if (ls >= logSigma[n - 1]) return n - 1;
        int lo = 0;
        while (logSigma[lo + 1] < ls) lo++;
        double w = (ls - logSigma[lo]) / (logSigma[lo + 1] - logSigma[lo]);
        return lo + w;
    }
}
