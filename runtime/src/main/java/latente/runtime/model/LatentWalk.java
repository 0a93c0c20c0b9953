package latente.runtime.model;

/**
 * A walk through a model's noise space: the starting noise slides along a chain of seeds
 * (seed, seed+1, seed+2, ...), slerping from one to the next, so consecutive keyframes change
 * a little and the walk never repeats. {@link #jump()} leaps to a far seed for a new region.
 *
 * <p>Thread contract: {@link #rate}, {@link #jump} and {@link #conditioning} may be called from
 * any thread (control, OSC, beat handlers); {@link #advance} and {@link #request} belong to the
 * one model worker thread that generates keyframes. The noise buffers are reused, so a request's
 * noise array is valid until the next {@link #request}.
 */
public final class LatentWalk {
    /** How many seeds a jump skips: far enough that the region is unrelated. */
    public static final long JUMP = 1_000_003L;

    private final int length;
    private final float[] from, to, current;
    private long leg;
    private final long seed;
    private double t;
    private volatile double rate;
    private volatile boolean jumpRequested;
    private volatile Conditioning conditioning;

    /** @param rate seed-to-seed legs per second (0.05 drifts slowly, 1 changes completely every second) */
    public LatentWalk(int noiseLength, long seed, double rate, Conditioning conditioning) {
        this.length = noiseLength;
        this.seed = seed;
        this.rate = rate;
        this.conditioning = conditioning;
        this.from = new float[noiseLength];
        this.to = new float[noiseLength];
        this.current = new float[noiseLength];
        loadLeg();
    }

    public void rate(double legsPerSecond) {
        this.rate = Math.max(0, legsPerSecond);
    }

    public double rate() {
        return rate;
    }

    /** Asks for a new latent region at the next advance. */
    public void jump() {
        jumpRequested = true;
    }

    public void conditioning(Conditioning c) {
        this.conditioning = c;
    }

    /** Position on the current leg, in [0, 1). */
    public double position() {
        return t;
    }

    /** Moves along the walk by {@code seconds} × rate legs (and honours a pending jump). */
    public void advance(double seconds) {
        if (jumpRequested) {
            jumpRequested = false;
            leg += JUMP;
            t = 0;
            loadLeg();
        }
        t += Math.max(0, seconds) * rate;
        if (t >= 1) {
            long whole = (long) Math.floor(t);
            t -= whole;
            leg += whole;
            loadLeg();
        }
    }

    /** The request for the current point of the walk (noise array reused between calls). */
    public Request request(int steps) {
        Noise.slerp(from, to, t, current);
        return Request.of(conditioning, current, steps);
    }

    private void loadLeg() {
        Gaussian.noise(seed + leg, from);
        Gaussian.noise(seed + leg + 1, to);
    }

    public int noiseLength() {
        return length;
    }
}
