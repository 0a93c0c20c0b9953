package latente.runtime.clock;

/**
 * Turns MIDI clock (24 pulses per quarter note) and transport messages into clock updates.
 *
 * <p>Tempo is the average pulse interval over the last beat of pulses (a 24-pulse window),
 * which smooths the USB/driver jitter of single pulses. While the transport runs, every pulse
 * also reports the song position (pulses / 24 beats) so the clock's phase and downbeat follow
 * the DAW; while stopped, pulses (some devices send them all the time) only set the tempo.
 * Per the MIDI spec, the first pulse after Start is song position 0 and the first pulse after
 * Continue is the position last set by Song Position Pointer (or where the song stopped).
 *
 * <p>Thread contract: one thread (the MIDI receiver thread) calls all methods.
 */
public final class MidiClockFollower {
    public static final int PPQN = 24;
    /** A gap this long between pulses breaks the tempo window (the sender was silent). */
    static final long GAP_NANOS = 1_000_000_000L;

    private final Clock clock;
    private final long[] window = new long[PPQN + 1];
    private int pulses;
    private boolean running;
    private long position = -1;
    private long pendingPosition;
    private boolean pending;

    public MidiClockFollower(Clock clock) {
        this.clock = clock;
    }

    /** A timing clock pulse (0xF8) received at {@code nanos}. */
    public void pulse(long nanos) {
        if (pulses > 0 && nanos - window[(pulses - 1) % window.length] > GAP_NANOS) pulses = 0;
        window[pulses % window.length] = nanos;
        pulses++;
        if (running) {
            if (pending) position = pendingPosition;
            else position++;
            pending = false;
        }
        double bpm = bpm();
        if (Double.isNaN(bpm)) return;
        if (running) {
            clock.followPosition(ClockSource.MIDI, nanos, bpm, position / (double) PPQN, true);
        } else {
            clock.followTempo(ClockSource.MIDI, nanos, bpm);
        }
    }

    /** Start (0xFA): the next pulse is song position 0. */
    public void start() {
        running = true;
        pendingPosition = 0;
        pending = true;
    }

    /** Stop (0xFC): the clock freewheels at the last tempo; the song position is kept. */
    public void stop() {
        running = false;
    }

    /** Continue (0xFB): the next pulse is the current song position. */
    public void resume() {
        running = true;
        if (!pending) {
            pendingPosition = position + 1;
            pending = true;
        }
    }

    /** Song Position Pointer (0xF2): {@code sixteenths} MIDI beats (6 pulses each) from the start. */
    public void songPosition(int sixteenths) {
        pendingPosition = sixteenths * 6L;
        pending = true;
    }

    /** The tempo measured from the pulse window, or NaN before two pulses. */
    public double bpm() {
        int n = Math.min(pulses, window.length);
        if (n < 2) return Double.NaN;
        long last = window[(pulses - 1) % window.length];
        long first = window[(pulses - n) % window.length];
        if (last <= first) return Double.NaN;
        double pulseNanos = (last - first) / (double) (n - 1);
        return 60e9 / (pulseNanos * PPQN);
    }

    public boolean running() {
        return running;
    }

    /** Song position in pulses of the last pulse (-1 before any). */
    public long position() {
        return position;
    }
}
