package latente.dsl.engine;

import static org.junit.jupiter.api.Assertions.*;

import latente.runtime.clock.TimeSource;
import org.junit.jupiter.api.Test;

/**
 * The picture's clock does not wait for the control thread: live, a reader well after the last
 * advance (the control thread is inside a closure its watchdog has yet to stop) gets time carried
 * on by the wall clock; offline, time is exactly what the frame steps made it.
 */
class ClockLateReaderTest {
    private static Clock clock() {
        ShowTime now = new ShowTime();
        return new Clock(now, new latente.runtime.clock.Clock(now, 120));
    }

    /** Waits until {@code nanos} of wall time have passed (the condition under test is lateness itself). */
    private static void pass(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test
    void liveTimeGoesOnWhileTheControlThreadIsLate() {
        Clock c = clock();
        c.advance(0, true);
        long before = System.nanoTime();
        c.advance(1, true);
        pass(4 * Clock.LATE_NANOS);
        double t = c.time();
        double since = (System.nanoTime() - before) / 1e9;
        assertTrue(t >= 1 + 4 * Clock.LATE_NANOS / 1e9, "carried on past the last advance: " + t);
        assertTrue(t <= 1 + since + 1e-9, "by the wall clock, no faster: " + t + " after " + since + " s");
        c.speed(0);
        assertEquals(1, c.time(), 1e-9, "at speed 0 time stands still even when late");
    }

    @Test
    void offlineTimeIsOnlyWhatTheStepsMadeIt() {
        Clock c = clock();
        c.advance(0);
        c.advance(1 / 30.0);
        pass(4 * Clock.LATE_NANOS);
        assertEquals(1 / 30.0, c.time(), 0);
    }
}
