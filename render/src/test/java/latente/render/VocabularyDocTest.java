package latente.render;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.render.vocab.Completion;
import latente.render.vocab.ReferencePage;
import latente.render.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** docs/vocabulary.md and completion both come from the table; the checked-in page must be current. */
class VocabularyDocTest {
    static final Path PAGE = Path.of("../docs/vocabulary.md");
    static final String REGENERATE = "mvn -B -q -pl render -am test -Dtest=VocabularyDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dlatente.updateDocs=true";

    @Test
    void theCheckedInReferencePageIsCurrent() throws Exception {
        String fresh = ReferencePage.markdown();
        if (Boolean.getBoolean("latente.updateDocs")) Files.writeString(PAGE, fresh, StandardCharsets.UTF_8);
        assertTrue(Files.exists(PAGE), "docs/vocabulary.md is missing; regenerate it with: " + REGENERATE);
        assertEquals(fresh, Files.readString(PAGE, StandardCharsets.UTF_8),
                "docs/vocabulary.md is stale (the vocabulary table changed); regenerate it with: " + REGENERATE);
    }

    @Test
    void everyBuiltInIsOnThePageWithItsDefaults() {
        String page = ReferencePage.markdown();
        Vocabulary.builtins().forEach(fn -> assertTrue(page.contains("`" + Completion.signature(fn) + "`"), fn.name()));
        assertTrue(page.contains("`osc(frequency=60, sync=0.1, offset=0)`"));
        assertTrue(page.contains("`blend(texture, amount=0.5)`"));
    }

    @Test
    void completionOffersSourcesAtTheStartAndTransformsAfterADot() {
        assertEquals("osc(frequency=60, sync=0.1, offset=0)", Completion.matching("os", true).get(0).signature());
        assertTrue(Completion.matching("modulateR", false).stream().map(Completion.Entry::name).toList()
                .containsAll(java.util.List.of("modulateRotate", "modulateRepeat", "modulateRepeatX", "modulateRepeatY")));
        assertTrue(Completion.matching("os", false).isEmpty());
        assertEquals("prev()", Completion.entry(Vocabulary.find("prev")).signature());
    }
}
