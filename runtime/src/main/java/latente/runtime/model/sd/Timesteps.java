package latente.runtime.model.sd;

/** How the discrete timesteps of an N-step plan are spread over the training steps (diffusers' names). */
public enum Timesteps {
    /** {@code round(arange(T, 0, -T/N)) - 1}: always starts at T - 1 (the Turbo models' choice). */
    TRAILING,
    /** {@code arange(N) * (T / N)} reversed, plus an offset of 1 (SD 1.x's original choice). */
    LEADING,
    /** {@code linspace(0, T - 1, N)} reversed (fractional). */
    LINSPACE;

    /** The N timesteps, first (noisiest) first. */
    double[] spread(int n, int trainSteps) {
        if (n < 1) throw new IllegalArgumentException("steps must be at least 1, got " + n);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            switch (this) {
                case TRAILING:
                    t[i] = Math.rint(trainSteps - i * (double) trainSteps / n) - 1;
                    break;
                case LEADING:
                    t[i] = (double) (n - 1 - i) * (trainSteps / n) + 1;
                    break;
                default:
                    t[i] = n == 1 ? trainSteps - 1 : (trainSteps - 1) * (double) (n - 1 - i) / (n - 1);
            }
        }
        return t;
    }
}
