package latente.dsl.engine;

import latente.runtime.clock.ClockSource;

/**
 * The show's time as the language sees it. {@code time} is Hydra's clock: seconds times
 * {@code speed}. The musical values ({@code beat}, {@code bpm}, {@code bar}, {@code phase}) come
 * from the sync library's {@link latente.runtime.clock.Clock}, which follows tap tempo, OSC, MIDI
 * clock or the audio beat tracker without ever jumping.
 *
 * <p>Determinism: the musical clock reads its "now" from {@link #now()}, a {@link ShowTime}: offline
 * renders and replays step it with frame times k/fps, so they never read the wall clock; live it
 * follows the monotonic wall clock, aligned with the control thread's seconds.
 *
 * <p>Thread contract: {@link #advance} on the control thread (or the offline loop) only; reads
 * are lock-free from any thread.
 */
public final class Clock {
    private final ShowTime now;
    private final latente.runtime.clock.Clock music;
    private volatile double time;
    private volatile double speed = 1;
    private double lastSeconds = Double.NaN;

    /** @param now the time source {@code music} reads; only {@link #advance} moves it */
    public Clock(ShowTime now, latente.runtime.clock.Clock music) {
        this.now = now;
        this.music = music;
    }

    /** Moves to {@code seconds}; the first call starts the clock there. Offline (frame times). */
    public void advance(double seconds) {
        advance(seconds, false);
    }

    /** As {@link #advance(double)}; {@code live} lets the musical clock read the wall clock between steps. */
    public void advance(double seconds, boolean live) {
        double dt = Double.isNaN(lastSeconds) ? seconds : seconds - lastSeconds;
        lastSeconds = seconds;
        time += dt * speed;
        now.step(seconds, live);
    }

    /** The time source of the musical clock (nanoseconds of show time). */
    public ShowTime now() {
        return now;
    }

    /** Seconds of show time as last advanced (not scaled by speed). */
    public double seconds() {
        return now.stepped() / 1e9;
    }

    public latente.runtime.clock.Clock music() {
        return music;
    }

    public double time() {
        return time;
    }

    public double beat() {
        return music.beat();
    }

    public long bar() {
        return music.bar();
    }

    public double phase() {
        return music.phase();
    }

    public int meter() {
        return music.meter();
    }

    public ClockSource source() {
        return music.source();
    }

    public double speed() {
        return speed;
    }

    public void speed(double s) {
        speed = s;
    }

    public double bpm() {
        return music.bpm();
    }

    /** Sets the tempo (and the internal source); the beat goes on from where it is, without a jump. */
    public void bpm(double b) {
        music.tempo(b);
    }

    /** Puts the clock at a logged state (replay); the next {@link #advance} starts from there. */
    public void restore(double time, double beat, double bpm, double speed) {
        this.time = time;
        this.speed = speed;
        music.restore(beat, bpm);
    }
}
