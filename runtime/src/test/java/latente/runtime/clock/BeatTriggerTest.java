package latente.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeatTriggerTest {
    @Test
    void firesOncePerCrossingOfEveryNBeats() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        time.advanceSeconds(0.3);
        BeatTrigger every8 = new BeatTrigger(8);
        BeatTrigger offbeat = new BeatTrigger(1, 0.5);
        List<Double> fired = new ArrayList<>();
        int offbeats = 0;
        for (int step = 0; step < 20 * 60; step++) { // 20 s of 60 Hz control steps = 40 beats
            time.advance(16_666_667L);
            if (every8.fire(clock.beat())) fired.add(Math.floor(clock.beat()));
            if (offbeat.fire(clock.beat())) offbeats++;
        }
        assertEquals(List.of(8.0, 16.0, 24.0, 32.0, 40.0), fired);
        assertEquals(40, offbeats);
    }

    @Test
    void aLongStallFiresOnceAndTheFirstCallNever() {
        BeatTrigger t = new BeatTrigger(1);
        assertFalse(t.fire(5.5), "starting mid-way is not a crossing");
        assertTrue(t.fire(9.2));
        assertFalse(t.fire(9.9));
        assertTrue(t.fire(10.0));
    }
}
