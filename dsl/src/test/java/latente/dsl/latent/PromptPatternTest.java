package latente.dsl.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import latente.runtime.model.Conditioning;
import latente.runtime.pattern.MiniNotationException;
import org.junit.jupiter.api.Test;

/** Prompts as patterns on the clock: held, then sliding into the next step; plain words stay one prompt. */
class PromptPatternTest {
    static double weight(Conditioning c, String prompt) {
        return c.prompts().getOrDefault(prompt, 0.0);
    }

    @Test
    void aSlowAlternationHoldsThenSlidesIntoTheNextPrompt() {
        PromptPattern p = PromptPattern.parse("<moss ember>/4");
        assertEquals(Map.of("moss", 1.0), p.at(0).prompts());
        assertEquals(Map.of("moss", 1.0), p.at(4 * 1.9).prompts()); // cycle 1.9: first half of the 4-cycle step
        Conditioning late = p.at(4 * 3.6);                          // 90% through: smoothstep(0.8) = 0.896 ember
        assertEquals(0.896, weight(late, "ember"), 1e-3);
        assertEquals(0.104, weight(late, "moss"), 1e-3);
        assertEquals(Map.of("ember", 1.0), p.at(4 * 4.1).prompts());
    }

    @Test
    void wordsThatSoundTogetherFormOnePromptAndPlainWordsStay() {
        assertEquals(Map.of("moss ink", 1.0), PromptPattern.parse("[moss, ink]").at(0.4).prompts());
        PromptPattern plain = PromptPattern.parse("moss on wet stone");
        assertEquals(Map.of("moss on wet stone", 1.0), plain.at(0).prompts());
        assertEquals(Map.of("moss on wet stone", 1.0), plain.at(37.3).prompts());
    }

    @Test
    void aBrokenPatternIsRefused() {
        assertThrows(MiniNotationException.class, () -> PromptPattern.parse("<moss ember"));
    }
}
