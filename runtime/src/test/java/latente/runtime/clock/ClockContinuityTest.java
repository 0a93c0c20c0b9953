package latente.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The beat never jumps and never runs backwards, whatever tempo and source changes happen. */
class ClockContinuityTest {
    private static final long MS = 1_000_000L;

    @Test
    void randomTempoSourceAndPhaseChangesNeverJumpTheBeat() {
        SimulatedTime time = new SimulatedTime(5_000 * MS);
        Clock clock = new Clock(time, 120);
        Random random = new Random(42);
        double previous = clock.beat();
        for (int step = 0; step < 60_000; step++) {
            if (random.nextInt(200) == 0) {
                switch (random.nextInt(6)) {
                    case 0 -> clock.tempo(40 + random.nextDouble() * 200);
                    case 1 -> clock.source(ClockSource.values()[random.nextInt(4)]);
                    case 2 -> clock.followPosition(clock.source(), time.nanos(), 60 + random.nextDouble() * 120,
                            random.nextDouble() * 100, random.nextBoolean());
                    case 3 -> clock.nudge(random.nextDouble() - 0.5, random.nextDouble());
                    case 4 -> clock.audioInput().estimate(time.nanos(), 80 + random.nextDouble() * 80, random.nextDouble(), random.nextDouble());
                    default -> clock.tap();
                }
            }
            double now = clock.beat();
            assertEquals(previous, now, 1e-9, "a change keeps the beat at its instant");
            time.advance(MS);
            double next = clock.beat();
            double maxStep = Clock.MAX_BPM / 60.0 * (1 + Timeline.MAX_SLEW + Timeline.MAX_NUDGE) * 1e-3;
            assertTrue(next > now, "beat went backwards at step " + step + ": " + now + " -> " + next);
            assertTrue(next - now <= maxStep, "beat jumped at step " + step + ": " + now + " -> " + next);
            previous = next;
        }
    }

    @Test
    void tempoChangeKeepsTheBeatAtTheChangeInstant() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        time.advance(1_234_567_891L);
        double before = clock.beat();
        clock.tempo(60);
        assertEquals(before, clock.beat(), 1e-12);
        time.advanceSeconds(1);
        assertEquals(before + 1.0, clock.beat(), 1e-9);
    }

    @Test
    void switchingToAnOutOfPhaseSourceSlewsWithoutAStepAndLocks() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        time.advanceSeconds(10.1);
        clock.source(ClockSource.OSC);
        BeatCountFollower osc = new BeatCountFollower(clock, ClockSource.OSC);
        // The sender plays 130 BPM with its beats 0.3 beat away from ours.
        double senderPeriod = 60.0 / 130.0;
        long senderStart = time.nanos();
        double worstStep = 0;
        double previous = clock.beat();
        for (int n = 0; n < 32; n++) {
            long beatAt = senderStart + Math.round(n * senderPeriod * 1e9);
            while (time.nanos() < beatAt) {
                time.advance(MS);
                double b = clock.beat();
                worstStep = Math.max(worstStep, b - previous);
                previous = b;
            }
            osc.beat(time.nanos(), 100 + n);
        }
        assertTrue(worstStep < 130 / 60.0 * 1.5 * 1e-3, "step " + worstStep);
        assertEquals(130, clock.bpm(), 0.1, "tempo measured from counts that arrive on whole milliseconds");
        double phase = clock.phase();
        assertTrue(Math.min(phase, 1 - phase) < 0.01, "not locked: phase " + phase + " at a sender beat");
        assertEquals(131 / 4, clock.bar(), "bar follows the sender's count (beat 131 is in bar 32)");
    }

    @Test
    void audioFollowerPullsPhaseAndTempoOnlyWithConfidence() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        clock.source(ClockSource.AUDIO);
        TempoFollower audio = clock.audioInput();
        audio.estimate(time.nanos(), 100, 0.25, 0.1);
        assertEquals(120, clock.bpm(), 0, "low confidence is ignored");
        for (int i = 0; i < 400; i++) {
            time.advance(10 * MS);
            double beatsOfSignal = time.nanos() / 1e9 * (100 / 60.0) + 0.25;
            audio.estimate(time.nanos(), 100, beatsOfSignal - Math.floor(beatsOfSignal), 0.9);
        }
        assertEquals(100, clock.bpm(), 0.01);
        double expected = time.nanos() / 1e9 * (100 / 60.0) + 0.25;
        double diff = clock.phase() - (expected - Math.floor(expected));
        diff -= Math.rint(diff);
        assertEquals(0, diff, 0.01);
    }

    @Test
    void updatesFromASourceThatIsNotFollowedAreIgnored() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        clock.followTempo(ClockSource.MIDI, 0, 90);
        clock.audioInput().estimate(0, 90, 0.5, 1);
        assertEquals(120, clock.bpm(), 0);
    }

    @Test
    void nudgeGainsTheExpectedFractionOfABeat() {
        SimulatedTime time = new SimulatedTime();
        Clock clock = new Clock(time, 120);
        Clock reference = new Clock(time, 120);
        time.advanceSeconds(1);
        clock.nudge(0.1, 0.5);
        time.advanceSeconds(2);
        assertEquals(0.1 * 2 * 0.5, clock.beat() - reference.beat(), 1e-9);
        assertEquals(120, clock.bpm(), 0);
    }
}
