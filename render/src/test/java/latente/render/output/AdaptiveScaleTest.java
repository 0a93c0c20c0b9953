package latente.render.output;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The adaptive render scale's decisions, from frame times given to it (no clock involved). */
class AdaptiveScaleTest {
    static final double TARGET = 1 / 60.0;

    private static int run(AdaptiveScale a, int frames, double seconds, double busy) {
        int step = a.step();
        for (int i = 0; i < frames; i++) step = a.frame(seconds, busy);
        return step;
    }

    @Test
    void framesOnTimeKeepFullSize() {
        AdaptiveScale a = new AdaptiveScale(60, ScaledOutputs.SCALES.length);
        assertEquals(0, run(a, 600, TARGET, TARGET * 0.9));
    }

    @Test
    void lateFramesLowerTheScaleOneStepAtATimeDownToTheSmallest() {
        AdaptiveScale a = new AdaptiveScale(60, ScaledOutputs.SCALES.length);
        assertEquals(0, run(a, 5, 0.03, 0.03), "a few late frames are not enough");
        assertEquals(1, run(a, 20, 0.03, 0.03), "half a second late: one step");
        assertEquals(ScaledOutputs.SCALES.length - 1, run(a, 1000, 0.03, 0.03));
    }

    @Test
    void roomRaisesTheScaleAfterAWhileAndAFailedRaiseWaitsLongerNextTime() {
        AdaptiveScale a = new AdaptiveScale(60, ScaledOutputs.SCALES.length);
        run(a, 40, 0.03, 0.03);
        assertEquals(2, a.step());
        // Headless, paced: the frame is on time and only 4 ms of it was work: room at the next step.
        assertEquals(2, run(a, 60, TARGET, 0.004), "one second of room is not yet enough");
        assertEquals(1, run(a, 150, TARGET, 0.004), "three seconds of room: one step up");
        // The raise does not hold: frames are late again at once; the scale goes back down.
        assertEquals(2, run(a, 25, 0.03, 0.03));
        assertEquals(2, run(a, 250, TARGET, 0.004), "after a failed raise, three seconds of room are not enough");
        assertEquals(1, run(a, 150, TARGET, 0.004), "six seconds are");
    }

    @Test
    void busyFramesWithoutRoomAtTheNextStepStayPut() {
        AdaptiveScale a = new AdaptiveScale(60, ScaledOutputs.SCALES.length);
        run(a, 40, 0.03, 0.03);
        int step = a.step();
        // On time, but 14 ms of work: at the next bigger step it would not fit.
        assertEquals(step, run(a, 1200, TARGET, 0.014));
    }
}
