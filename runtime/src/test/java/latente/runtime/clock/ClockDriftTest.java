package latente.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

class ClockDriftTest {
    private static final long TEN_MINUTES = 600_000_000_000L;

    @Test
    void tenMinutesOfJitteryFramesStayWithinAMillisecondOfAnIdealClock() {
        for (double bpm : new double[] {120, 127.3, 174.999}) {
            SimulatedTime time = new SimulatedTime(123_456_789_000L);
            long start = time.nanos();
            Clock clock = new Clock(time, bpm);
            ParamBus bus = new ParamBus();
            Random random = new Random(7);
            double worstMs = 0;
            while (time.nanos() - start < TEN_MINUTES) {
                time.advance(16_666_667L + random.nextInt(4_000_000) - 2_000_000);
                clock.publish(bus);
                double ideal = (time.nanos() - start) / 1e9 * bpm / 60.0;
                double errorMs = Math.abs(bus.get("beat") - ideal) / (bpm / 60.0) * 1000.0;
                worstMs = Math.max(worstMs, errorMs);
            }
            assertTrue(worstMs < 1.0, bpm + " BPM drifted " + worstMs + " ms");
            assertTrue(worstMs < 1e-3, "anchored beats should be far better than 1 ms, got " + worstMs + " ms");
        }
    }

    @Test
    void aTempoChangeMidwayKeepsTheIdealPiecewiseClock() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        time.advance(TEN_MINUTES / 2);
        clock.tempo(90);
        time.advance(TEN_MINUTES / 2);
        double ideal = 300 * 2.0 + 300 * 1.5;
        assertEquals(ideal, clock.beat(), 1.5e-3 * 1.5);
    }

    @Test
    void publishesBpmBeatBarAndPhase() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        clock.meter(3);
        ParamBus bus = new ParamBus();
        time.advanceSeconds(3.75);
        clock.publish(bus);
        assertEquals(120, bus.get("bpm"), 1e-12);
        assertEquals(7.5, bus.get("beat"), 1e-9);
        assertEquals(2, bus.get("bar"), 0);
        assertEquals(0.5, bus.get("phase"), 1e-9);
    }
}
