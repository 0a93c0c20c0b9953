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
 * <p>Live, {@link #time()} read more than {@link #LATE_NANOS} after the last advance carries on by
 * the wall clock: the control thread also runs the set's closures, and one that spins until its
 * watchdog stops it (up to two seconds on its first call) must not stop the picture's clock.
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
    /** System.nanoTime of the last live advance; 0 offline, where time only moves by frame steps. */
    private volatile long advancedAtNanos;
    /** Beyond a few control ticks: a reader this late after the last live advance carries time on. */
    static final long LATE_NANOS = 20_000_000;

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
        double next = time + dt * speed;
        advancedAtNanos = live ? System.nanoTime() : 0; // before time: see time()
        time = next;
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

    /**
     * Hydra's time. Live, when the control thread is late, the time of its last advance plus the
     * wall-clock seconds since (times speed). A reader that meets a new advance half-written sees
     * a fresh advance time with the old value, which is not late: no jump either way.
     */
    public double time() {
        double t = time;
        long at = advancedAtNanos;
        if (at == 0 || t != time) return time;
        long late = System.nanoTime() - at;
        return late > LATE_NANOS ? t + late / 1e9 * speed : t;
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
