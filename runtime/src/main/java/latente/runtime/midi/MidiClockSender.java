package latente.runtime.midi;

import java.util.concurrent.locks.LockSupport;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import latente.runtime.clock.Clock;
import latente.runtime.clock.MidiClockOut;

/**
 * MIDI clock out to a device: a daemon thread polls a {@link MidiClockOut} every millisecond
 * and sends its status bytes to {@code out}. Send errors are swallowed (a device unplugged
 * mid-show must not stop anything); {@link #close()} sends Stop and ends the thread.
 */
public final class MidiClockSender implements AutoCloseable {
    private final MidiClockOut clockOut;
    private final Thread thread;
    private volatile boolean running = true;

    public MidiClockSender(Clock clock, Receiver out) {
        this.clockOut = new MidiClockOut(clock, status -> {
            try {
                out.send(new ShortMessage(status), -1);
            } catch (InvalidMidiDataException | RuntimeException ignored) {
                // Unplugged or refused: the clock goes on; the next pulse tries again.
            }
        });
        this.thread = new Thread(this::run, "latente-midi-clock-out");
        thread.setDaemon(true);
        clockOut.start();
        thread.start();
    }

    private void run() {
        while (running) {
            clockOut.poll();
            LockSupport.parkNanos(1_000_000L);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clockOut.stop();
    }
}
