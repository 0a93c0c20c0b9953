package latente.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioEventQueueTest {
    @Test
    void drainsInOrderAndDropsWhatOverflows() {
        AudioEventQueue q = new AudioEventQueue(4);
        q.beat(1, 0.5);
        q.onset(1, 0.49);
        q.beat(2, 1.0);
        q.onset(2, 1.2);
        q.onset(3, 1.3);
        assertEquals(1, q.dropped());
        List<String> seen = new ArrayList<>();
        int n = q.drain(new AudioEvents() {
            @Override public void beat(long count, double seconds) {
                seen.add("beat " + count + " @" + seconds);
            }

            @Override public void onset(long count, double seconds) {
                seen.add("onset " + count + " @" + seconds);
            }
        });
        assertEquals(4, n);
        assertEquals(List.of("beat 1 @0.5", "onset 1 @0.49", "beat 2 @1.0", "onset 2 @1.2"), seen);
        assertEquals(0, q.drain(AudioEvents.NONE));
        q.beat(3, 2.0);
        assertEquals(1, q.drain(AudioEvents.NONE));
    }

    @Test
    void drainUntilKeepsTheEventsThatAreStillAhead() {
        AudioEventQueue q = new AudioEventQueue(8);
        q.onset(1, 0.5);
        q.beat(1, 0.52);
        q.onset(2, 0.6);
        List<String> seen = new ArrayList<>();
        AudioEvents record = new AudioEvents() {
            @Override public void beat(long count, double seconds) {
                seen.add("beat " + count);
            }

            @Override public void onset(long count, double seconds) {
                seen.add("onset " + count);
            }
        };
        assertEquals(0, q.drainUntil(0.49, record));
        assertEquals(2, q.drainUntil(0.55, record));
        assertEquals(List.of("onset 1", "beat 1"), seen);
        assertEquals(1, q.drainUntil(0.6, record));
        assertEquals(List.of("onset 1", "beat 1", "onset 2"), seen);
    }
}
