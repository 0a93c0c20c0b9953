package latente.runtime.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random strings over the mini-notation alphabet: each one either parses into a pattern that can
 * be queried, or is rejected with a MiniNotationException. Nothing else may escape, because a
 * performer's typo must never take the show down.
 */
class MiniNotationFuzzTest {
    private static final String ALPHABET = "ab01 .~-[]<>{}%*/,|?@!_():23";

    @Test
    void everyStringParsesOrIsRejectedCleanly() {
        Random random = new Random(20261122);
        int parsed = 0, rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int j = 0; j < len; j++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String mini = b.toString();
            Pattern<Object> p;
            try {
                p = MiniNotation.parse(mini, i);
            } catch (MiniNotationException e) {
                assertTrue(e.column() >= 1 && e.column() <= mini.length() + 1, mini + ": column " + e.column());
                rejected++;
                continue;
            } catch (RuntimeException e) {
                fail("'" + mini + "' threw " + e);
                return;
            }
            try {
                p.queryArc(0, 2);
                p.valueAt(0.5);
                p.onsetsIn(1.25, 1.3);
            } catch (RuntimeException e) {
                fail("querying '" + mini + "' threw " + e);
            }
            parsed++;
        }
        assertTrue(parsed > 1000 && rejected > 1000, parsed + " parsed, " + rejected + " rejected");
    }
}
