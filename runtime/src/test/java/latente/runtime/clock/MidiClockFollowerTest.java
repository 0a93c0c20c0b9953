package latente.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MidiClockFollowerTest {
    @Test
    void pulsesAt24PpqnSetTempoPhaseAndBars() {
        SimulatedTime time = new SimulatedTime(7_000_000_000L);
        Clock clock = new Clock(time, 120);
        time.advanceSeconds(0.13);
        clock.source(ClockSource.MIDI);
        MidiClockFollower midi = new MidiClockFollower(clock);
        Random jitter = new Random(1);
        long pulse = 20_000_000L; // 125 BPM: 60 / 125 / 24 s
        long t0 = time.nanos();
        midi.start();
        for (int i = 0; i < 24 * 16; i++) {
            time.set(t0 + i * pulse + jitter.nextInt(1_000_000) - 500_000);
            midi.pulse(time.nanos());
        }
        assertEquals(125, clock.bpm(), 0.3);
        time.set(t0 + 24 * 16 * pulse);
        double songBeat = clock.beat() - Math.rint(clock.beat() - 16);
        assertEquals(16, songBeat, 0.01, "the next pulse is song beat 16");
        assertEquals(4, clock.bar());
    }

    @Test
    void stopFreewheelsAndContinueResumesFromSongPosition() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        clock.source(ClockSource.MIDI);
        MidiClockFollower midi = new MidiClockFollower(clock);
        long pulse = 25_000_000L; // 100 BPM
        midi.start();
        for (int i = 0; i < 48; i++) {
            midi.pulse(time.nanos());
            time.advance(pulse);
        }
        midi.stop();
        assertEquals(47, midi.position());
        time.advanceSeconds(1.2);
        assertEquals(100, clock.bpm(), 1e-6);
        assertEquals(4.0, clock.beat(), 1e-3, "freewheels at 100 BPM while stopped");
        midi.songPosition(32); // 32 sixteenths = 8 beats = bar 2
        for (int i = 0; i < 24; i++) {
            midi.pulse(time.nanos()); // a device that keeps pulsing while stopped
            time.advance(pulse);
        }
        midi.resume();
        midi.pulse(time.nanos());
        assertEquals(8 * 24, midi.position());
        assertEquals(2, clock.bar());
        midi.stop();
        midi.resume();
        time.advance(pulse);
        midi.pulse(time.nanos());
        assertEquals(8 * 24 + 1, midi.position(), "continue goes on from where it stopped");
        assertTrue(midi.running());
    }

    @Test
    void midiClockOutSends24PulsesPerBeat() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        StringBuilder sent = new StringBuilder();
        int[] pulses = {0};
        MidiClockOut out = new MidiClockOut(clock, status -> {
            if (status == MidiClockOut.PULSE) pulses[0]++;
            else sent.append(Integer.toHexString(status)).append(' ');
        });
        out.start();
        for (int ms = 0; ms < 1000; ms++) {
            time.advance(1_000_000L);
            out.poll();
        }
        clock.tempo(60);
        for (int ms = 0; ms < 1000; ms++) {
            time.advance(1_000_000L);
            out.poll();
        }
        out.stop();
        assertEquals(48 + 24, pulses[0]);
        assertEquals("fa fc ", sent.toString());
    }
}
