package latente.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TapTempoTest {
    @Test
    void tapsAverageRecentIntervalsAndAGapStartsOver() {
        SimulatedTime time = new SimulatedTime(1_000_000_000L);
        Clock clock = new Clock(time, 120);
        assertTrue(Double.isNaN(clock.tap()));
        long[] intervals = {410, 390, 405, 395, 400};
        double bpm = 0;
        for (long ms : intervals) {
            time.advance(ms * 1_000_000L);
            bpm = clock.tap();
        }
        assertEquals(150, bpm, 1e-9, "5 intervals averaging 400 ms");
        assertEquals(150, clock.bpm(), 1e-9);
        time.advanceSeconds(3);
        assertTrue(Double.isNaN(clock.tap()), "a 3 s gap starts a new run");
        time.advanceSeconds(0.6);
        assertEquals(100, clock.tap(), 1e-9, "the old run does not drag the new tempo");
    }

    @Test
    void onlyTheLastEightTapsCount() {
        TapTempo taps = new TapTempo();
        long t = 0;
        taps.tap(t);
        for (int i = 0; i < 10; i++) taps.tap(t += 1_000_000_000L);
        double bpm = Double.NaN;
        for (int i = 0; i < 7; i++) bpm = taps.tap(t += 500_000_000L);
        assertEquals(120, bpm, 1e-9);
    }

    @Test
    void tapsPullThePhaseOntoTheTapsAndMarkTheDownbeat() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        time.advanceSeconds(0.37);
        for (int i = 0; i < 6; i++) {
            clock.tap();
            time.advanceSeconds(0.5);
        }
        time.advanceSeconds(1.5);
        double phase = clock.phase();
        assertTrue(Math.min(phase, 1 - phase) < 1e-6, "a beat lands where the taps were: phase " + phase);
        assertEquals(0, clock.beatInBar() % 1, 1e-6);
        assertEquals(ClockSource.INTERNAL, clock.source());
        assertEquals(2, clock.bar(), "first tap was a downbeat; 9 beats later we are in bar 2");
    }
}
