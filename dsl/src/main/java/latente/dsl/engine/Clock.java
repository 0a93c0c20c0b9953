package latente.dsl.engine;

/**
 * The show's time: {@code time} (seconds times {@code speed}, Hydra's clock) and {@code beat}
 * (beats at the current tempo). Moved forward by {@link #advance} with wall seconds (live) or
 * frame times (offline), so offline renders are deterministic.
 *
 * <p>Thread contract: {@link #advance} on the control thread (or the offline loop) only; every
 * value is volatile so closures, the render thread and evaluations read the latest.
 */
public final class Clock {
    private volatile double time;
    private volatile double beat;
    private volatile double speed = 1;
    private volatile double bpm = 120;
    private double lastSeconds = Double.NaN;

    /** Moves to {@code seconds}; the first call starts the clock there. */
    public void advance(double seconds) {
        double dt = Double.isNaN(lastSeconds) ? seconds : seconds - lastSeconds;
        lastSeconds = seconds;
        time += dt * speed;
        beat += dt * bpm / 60.0;
    }

    public double time() {
        return time;
    }

    public double beat() {
        return beat;
    }

    public double speed() {
        return speed;
    }

    public void speed(double s) {
        speed = s;
    }

    public double bpm() {
        return bpm;
    }

    /** Sets the tempo; the beat count goes on from where it is, without a jump. */
    public void bpm(double b) {
        if (!(b > 0 && b < 1000)) throw new IllegalArgumentException("tempo must be between 0 and 1000 BPM, got " + b);
        bpm = b;
    }

    /** Puts the clock at a logged state (replay); the next {@link #advance} starts from there. */
    public void restore(double time, double beat, double bpm, double speed) {
        this.time = time;
        this.beat = beat;
        this.bpm = bpm;
        this.speed = speed;
    }
}
