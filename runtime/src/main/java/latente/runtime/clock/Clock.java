package latente.runtime.clock;

import latente.runtime.bus.ParamBus;

/**
 * The musical clock: tempo, a monotone continuous beat, bars of a meter, and the phase within
 * the beat, following one {@link ClockSource} at a time.
 *
 * <p>The beat never jumps. Every change (tempo, tap, nudge, a new source, an update from one)
 * re-anchors the {@link Timeline} at the instant of the change, so the beat there is unchanged
 * and only its slope changes; phase differences with an external source are made up by a
 * bounded, temporary change of rate (a slew), never by a step.
 *
 * <p>Bars: a source that knows the song position (OSC {@code /beat n}, MIDI song position and
 * start) sets which integer beat is a downbeat. {@link #bar()} counts bars of {@link #meter()}
 * beats from there; it may renumber when the DAW relocates, the beat itself does not move.
 *
 * <p>Thread contract: reads ({@link #beat()}, {@link #bpm()}, ...) are lock-free from any
 * thread (one volatile read of an immutable timeline). Changes are synchronized and come from
 * the control, OSC, MIDI and audio threads; they are rare and short. {@link #publish} is called
 * by the control thread only.
 */
public final class Clock {
    public static final double MIN_BPM = 20;
    public static final double MAX_BPM = 400;
    /** A phase correction lasts at least this many beats: smooths a jittery source. */
    public static final double SLEW_MIN_BEATS = 0.5;
    /** Audio estimates below this confidence are ignored. */
    public static final double MIN_CONFIDENCE = 0.2;

    private final TimeSource time;
    private volatile Timeline line;
    private volatile ClockSource source = ClockSource.INTERNAL;
    private volatile int meter = 4;
    private volatile long downbeat;
    private final TapTempo taps = new TapTempo();
    private final TempoFollower audioInput = this::audioEstimate;
    private ParamBus publishedTo;
    private int bpmSlot, beatSlot, barSlot, phaseSlot;

    public Clock(TimeSource time, double bpm) {
        this.time = time;
        this.line = Timeline.start(time.nanos(), 0, checkBpm(bpm));
    }

    public Clock(TimeSource time) {
        this(time, 120);
    }

    public TimeSource time() {
        return time;
    }

    public Timeline timeline() {
        return line;
    }

    public double beat() {
        return line.beatAt(time.nanos());
    }

    public double beatAt(long nanos) {
        return line.beatAt(nanos);
    }

    /** The tempo in BPM (the main rate, without a running slew or nudge). */
    public double bpm() {
        return line.bpm();
    }

    /** Where in the current beat we are, 0 (on the beat) up to 1. */
    public double phase() {
        double b = beat();
        return b - Math.floor(b);
    }

    /** The bar number at the current beat (0 = the bar of the last downbeat reference). */
    public long bar() {
        return barAt(beat());
    }

    /** Beats into the current bar, 0 up to {@link #meter()}. */
    public double beatInBar() {
        double b = beat() - downbeat;
        return b - Math.floor(b / meter) * meter;
    }

    long barAt(double beat) {
        return (long) Math.floor((beat - downbeat) / meter);
    }

    public int meter() {
        return meter;
    }

    /** Sets the beats per bar (1..64). */
    public void meter(int beatsPerBar) {
        if (beatsPerBar < 1 || beatsPerBar > 64) throw new IllegalArgumentException("meter must be 1..64 beats per bar, got " + beatsPerBar);
        meter = beatsPerBar;
    }

    public ClockSource source() {
        return source;
    }

    /** Sets the tempo and takes the clock back to the internal source. */
    public synchronized void tempo(double bpm) {
        long now = time.nanos();
        line = line.reanchor(now, checkBpm(bpm));
        source = ClockSource.INTERNAL;
    }


    /**
     * Puts the clock at {@code beat} and {@code bpm} now, following the internal source: a replay
     * starts where its log started. A deliberate jump, so only before the show runs.
     */
    public synchronized void restore(double beat, double bpm) {
        line = Timeline.start(time.nanos(), beat, checkBpm(bpm));
        source = ClockSource.INTERNAL;
    }

    /**
     * A tap: the tempo becomes the average of the recent taps (from the second tap of a run on),
     * the phase is pulled so the tap lands on a beat, and the first tap of a run marks a
     * downbeat. Takes the clock to the internal source. Returns the new BPM, or NaN on a first tap.
     */
    public synchronized double tap() {
        long now = time.nanos();
        boolean first = taps.startsRun(now);
        double bpm = taps.tap(now);
        source = ClockSource.INTERNAL;
        Timeline l = line;
        if (!Double.isNaN(bpm) && bpm >= MIN_BPM && bpm <= MAX_BPM) l = l.reanchor(now, bpm);
        double b = l.beatAt(now);
        double error = Math.rint(b) - b;
        line = l.withSlew(now, error, SLEW_MIN_BEATS);
        if (first) downbeat = (long) Math.rint(b);
        return bpm;
    }

    /**
     * Runs the clock {@code fraction} faster (negative: slower) for {@code seconds}, to pull the
     * phase by hand; {@code nudge(0.1, 0.5)} gains 5% of a second's beats. Capped at +-50%.
     */
    public synchronized void nudge(double fraction, double seconds) {
        if (!Double.isFinite(fraction) || !Double.isFinite(seconds)) return;
        line = line.withNudge(time.nanos(), fraction, seconds);
    }

    /** Follows {@code s} from now on; the beat continues and slews to the source's next update. */
    public synchronized void source(ClockSource s) {
        if (s == source) return;
        line = line.reanchor(time.nanos(), line.bpm());
        source = s;
    }

    /** The input the audio beat tracker feeds; ignored unless the source is AUDIO. */
    public TempoFollower audioInput() {
        return audioInput;
    }

    /** A tempo-only update from {@code from} (OSC {@code /tempo}, MIDI clock while stopped). */
    public synchronized boolean followTempo(ClockSource from, long nanos, double bpm) {
        if (from != source || !(bpm >= MIN_BPM && bpm <= MAX_BPM)) return false;
        line = line.reanchor(Math.max(nanos, line.anchorNanos()), bpm);
        return true;
    }

    /**
     * An update from {@code from}: at {@code nanos} the source is at beat {@code position} and
     * plays at {@code bpm}. The tempo is taken at once; the phase difference (taken to the
     * nearest beat, so at most half a beat) is slewed over; when {@code songPosition} is true the
     * source's integer beats also set the downbeat used by {@link #bar()}.
     */
    public synchronized boolean followPosition(ClockSource from, long nanos, double bpm, double position, boolean songPosition) {
        return follow(from, nanos, bpm, position, songPosition, 1.0);
    }

    private boolean follow(ClockSource from, long nanos, double bpm, double position, boolean songPosition, double weight) {
        if (from != source || !(bpm >= MIN_BPM && bpm <= MAX_BPM) || !Double.isFinite(position)) return false;
        long at = Math.max(nanos, line.anchorNanos());
        double target = position + (at - nanos) * (bpm / 60e9);
        Timeline l = line.reanchor(at, bpm);
        double b = l.beatAt(at);
        double error = target - b;
        error -= Math.floor(error + 0.5);
        line = l.withSlew(at, error * weight, SLEW_MIN_BEATS);
        if (songPosition) downbeat = Math.round(b + error - target);
        return true;
    }

    private synchronized void audioEstimate(long nanos, double bpm, double beatPhase, double confidence) {
        if (source != ClockSource.AUDIO || !(confidence >= MIN_CONFIDENCE) || !(bpm >= MIN_BPM && bpm <= MAX_BPM)) return;
        double c = Math.min(1.0, confidence);
        double blended = line.bpm() + c * (bpm - line.bpm());
        follow(ClockSource.AUDIO, nanos, blended, beatPhase, false, c);
    }

    /** Writes {@code bpm}, {@code beat}, {@code bar} and {@code phase} into the bus (control thread). */
    public void publish(ParamBus bus) {
        if (bus != publishedTo) {
            bpmSlot = bus.slot("bpm");
            beatSlot = bus.slot("beat");
            barSlot = bus.slot("bar");
            phaseSlot = bus.slot("phase");
            publishedTo = bus;
        }
        Timeline l = line;
        double b = l.beatAt(time.nanos());
        bus.set(bpmSlot, l.bpm());
        bus.set(beatSlot, b);
        bus.set(barSlot, barAt(b));
        bus.set(phaseSlot, b - Math.floor(b));
    }

    private static double checkBpm(double bpm) {
        if (!(bpm >= MIN_BPM && bpm <= MAX_BPM)) {
            throw new IllegalArgumentException("tempo must be " + (int) MIN_BPM + ".." + (int) MAX_BPM + " BPM, got " + bpm);
        }
        return bpm;
    }
}
