package latente.runtime.clock;

import java.util.function.IntConsumer;

/**
 * Sends MIDI clock derived from the {@link Clock}: a pulse (0xF8) each time the beat crosses a
 * 1/24 step, Start (0xFA) and Stop (0xFC). The sink receives status bytes; the MIDI layer wraps
 * them into messages for a device.
 *
 * <p>Thread contract: one thread polls {@link #poll()} often (every millisecond from a
 * dedicated thread: pulses are 20 ms apart at 125 BPM). Pulses are computed from the beat, so
 * tempo changes and slews carry over and none is skipped or doubled (a burst catches up after
 * a late poll).
 */
public final class MidiClockOut {
    public static final int PULSE = 0xF8;
    public static final int START = 0xFA;
    public static final int STOP = 0xFC;
    /** More pulses than this after a stall are skipped rather than sent in a burst. */
    static final int MAX_CATCH_UP = 48;

    private final Clock clock;
    private final IntConsumer sink;
    private long lastPulse = Long.MIN_VALUE;
    private boolean running;

    public MidiClockOut(Clock clock, IntConsumer sink) {
        this.clock = clock;
        this.sink = sink;
    }

    /** Sends Start; pulses follow from the next 1/24 beat on. */
    public void start() {
        lastPulse = (long) Math.floor(clock.beat() * MidiClockFollower.PPQN);
        running = true;
        sink.accept(START);
    }

    public void stop() {
        running = false;
        sink.accept(STOP);
    }

    /** Sends the pulses due since the last poll; returns how many. */
    public int poll() {
        if (!running) return 0;
        long due = (long) Math.floor(clock.beat() * MidiClockFollower.PPQN);
        if (due - lastPulse > MAX_CATCH_UP) lastPulse = due - 1;
        int sent = 0;
        while (lastPulse < due) {
            lastPulse++;
            sink.accept(PULSE);
            sent++;
        }
        return sent;
    }
}
