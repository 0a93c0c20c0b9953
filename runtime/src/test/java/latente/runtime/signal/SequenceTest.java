package latente.runtime.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hydra-style arrays: one value per beat, looping. */
class SequenceTest {
    private static final double EPS = 1e-9;

    @Test
    void stepsOncePerBeatAndLoops() {
        Sequence s = new Sequence(1, 2, 3);
        assertEquals(1, s.sample(0), 0);
        assertEquals(2, s.sample(1.5), 0);
        assertEquals(3, s.sample(2), 0);
        assertEquals(1, s.sample(3), 0);
        assertEquals(3, s.sample(-1), 0);
    }

    @Test
    void fastOffsetSmoothEaseFit() {
        Sequence s = Sequence.of(List.of(1, 2, 3));
        assertEquals(2, s.fast(2).sample(0.5), 0);
        assertEquals(2, s.offset(0.5).sample(0.6), 0);
        // Glides timed as hydra-synth 1.4.0 times them (measured with tests/conformance/hydra):
        // smooth(s) glides over s of a step, starting s / 2 into it.
        assertEquals(1.0, s.smooth().sample(0.5), EPS, "smooth(): a value is reached mid-step");
        assertEquals(1.5, s.smooth().sample(1.0), EPS);
        assertEquals(1.0, s.smooth(0.5).sample(0.25), EPS);
        assertEquals(1.5, s.smooth(0.5).sample(0.5), EPS);
        assertEquals(2.0, s.smooth(0.5).sample(0.75), EPS);
        assertEquals(2.0, s.smooth(0.5).sample(1.2), EPS);
        assertEquals(1.25, s.ease("easeInQuad").sample(1.0), EPS);
        assertEquals(2.0, s.smooth().sample(3.0), EPS, "3 glides back to 1");
        Sequence fitted = s.fit(0, 1);
        assertEquals(0.5, fitted.sample(1), EPS);
        assertEquals(1.0, fitted.sample(2), EPS);
        assertEquals(10.0, s.range(0, 10).sample(0), EPS, "value 1 of range 0..10");
    }

    @Test
    void rejectsEmptyAndNonNumbers() {
        assertThrows(IllegalArgumentException.class, Sequence::new);
        assertThrows(IllegalArgumentException.class, () -> Sequence.of(List.of(1, "x")));
    }
}
