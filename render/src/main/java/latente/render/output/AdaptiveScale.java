package latente.render.output;

/**
 * Chooses the render scale step from frame times: one step down when frames have taken longer
 * than the target for a while, one step up after a longer stretch with room to spare. The
 * asymmetry is the hysteresis: a step up that then misses the target is undone quickly, and the
 * next try up waits twice as long (up to a minute), so the scale does not flicker between two
 * steps. Pure arithmetic on numbers (no allocation, no clock of its own).
 *
 * <p>Thread contract: the render thread only.
 */
public final class AdaptiveScale {
    private static final double SMOOTHING = 0.1;
    private static final double DOWN_SECONDS = 0.5;
    private static final double FIRST_UP_SECONDS = 3;
    private static final double MAX_UP_SECONDS = 60;
    private final double targetSeconds;
    private final int steps;
    private double average;
    private double overFor;
    private double underFor;
    private double upAfter = FIRST_UP_SECONDS;
    private double sinceUp = Double.MAX_VALUE;
    private int step;

    /** @param targetFps the frame rate to hold; @param steps how many steps there are */
    public AdaptiveScale(double targetFps, int steps) {
        this.targetSeconds = 1 / targetFps;
        this.steps = steps;
        this.average = targetSeconds;
    }

    /**
     * One frame took {@code seconds} (start to start; {@code busySeconds} of it working rather than
     * waiting for the frame slot); returns the step to draw the next frame at.
     */
    public int frame(double seconds, double busySeconds) {
        average += SMOOTHING * (seconds - average);
        sinceUp += seconds;
        if (average > targetSeconds * 1.08) {
            overFor += seconds;
            underFor = 0;
        } else {
            overFor = 0;
            // Room: the frame's work at the next bigger step (pixels grow with the square of the scale) still fits.
            double ratio = step == 0 ? 1 : ScaledOutputs.SCALES[step - 1] / ScaledOutputs.SCALES[step];
            boolean paced = busySeconds < seconds * 0.98; // headless: the waiting part is known
            boolean room = paced ? busySeconds * ratio * ratio < targetSeconds * 0.9 : seconds <= targetSeconds * 1.02;
            underFor = room ? underFor + seconds : 0;
        }
        if (overFor > DOWN_SECONDS && step < steps - 1) {
            if (sinceUp < upAfter) upAfter = Math.min(MAX_UP_SECONDS, upAfter * 2); // the last step up did not hold
            step++;
            overFor = 0;
            underFor = 0;
            average = targetSeconds;
        } else if (underFor > upAfter && step > 0) {
            step--;
            underFor = 0;
            sinceUp = 0;
        }
        return step;
    }

    public int step() {
        return step;
    }

    /** The smoothed frame time in seconds. */
    public double averageSeconds() {
        return average;
    }
}
