package latente.dsl.lang;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import latente.dsl.lang.seq.ListMethods;
import latente.dsl.lang.seq.ListSequence;
import org.junit.jupiter.api.Test;

/** Hydra's array timing, computed from the beat. */
class ListSequenceTest {
    @Test
    void oneValuePerBeatCycling() {
        ListSequence s = ListSequence.of(List.of(1, 2, 4));
        assertEquals(1, s.at(0));
        assertEquals(1, s.at(0.99));
        assertEquals(2, s.at(1.0));
        assertEquals(4, s.at(2.5));
        assertEquals(1, s.at(3.2));
    }

    @Test
    void fastOffsetFitSmoothAndEase() {
        assertEquals(4, ListMethods.fast(List.of(1, 2, 4), 2).at(1.0), "two values per beat");
        assertEquals(2, ListMethods.offset(List.of(1, 2, 4), 0.5).at(0.5), "half a step earlier");
        assertEquals(List.of(10.0, 15.0, 20.0), ListMethods.fit(List.of(0, 5, 10), 10, 20));
        // Glides are timed as in hydra-synth 1.4.0 (see Sequence).
        assertEquals(1.0, ListMethods.smooth(List.of(1, 2)).at(0.5), 1e-9, "each value is reached mid-step");
        assertEquals(1.5, ListMethods.smooth(List.of(1, 2)).at(1.0), 1e-9, "glides through the step boundary");
        assertEquals(1.0, ListMethods.smooth(List.of(1, 2), 0.5).at(0.25), 1e-9, "holds, then glides through the middle half");
        assertEquals(1.5, ListMethods.smooth(List.of(1, 2), 0.5).at(0.5), 1e-9);
        assertEquals(2.0, ListMethods.smooth(List.of(1, 2), 0.5).at(0.75), 1e-9);
        assertEquals(1.125, ListMethods.ease(List.of(1, 2), "easeInCubic").at(1.0), 1e-9, "0.5 cubed of the way");
        assertEquals(1.5, ListMethods.ease(List.of(1, 2), "sin").at(1.0), 1e-9);
        ListSequence chained = ListMethods.fast(List.of(0, 10), 2).smooth(1).offset(0.25);
        assertEquals(2.5, chained.at(0.25), 1e-9, "chains in any order");
    }

    @Test
    void badInputSaysWhatToDo() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ListMethods.ease(List.of(1, 2), "bouncy"))
                .getMessage().contains("easeInOutCubic"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ListSequence.of(List.of(1, "x")))
                .getMessage().contains("numbers only"));
    }
}
