package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made vocab and merge list whose expected ids are worked out by hand in the comments
 * (same procedure as CLIP: lower case, pre-tokenize, byte characters, {@code </w>}, merge by rank).
 */
class ClipTokenizerTest {
    @TempDir
    Path dir;

    static final String VOCAB = "{\"!\":0,\"h\":1,\"e\":2,\"l\":3,\"o\":4,\"w\":5,\"r\":6,\"d\":7,"
            + "\"o</w>\":8,\"d</w>\":9,\",</w>\":10,\"!</w>\":11,\"l</w>\":12,\"he\":13,\"ll\":14,"
            + "\"lo</w>\":15,\"hell\":16,\"hello</w>\":17,\"wo\":18,\"ld</w>\":19,\"rld</w>\":20,"
            + "\"\\u00c3\\u00a9</w>\":21,\"'s</w>\":22,\"i\":23,\"t</w>\":24,"
            + "\"<|startoftext|>\":100,\"<|endoftext|>\":101}";
    static final String MERGES = String.join("\n", "#version: 0.2", "h e", "l l", "l o</w>", "he ll",
            "hell o</w>", "w o", "l d</w>", "r ld</w>", "\u00c3 \u00a9</w>", "' s</w>") + "\n";

    private ClipTokenizer write(String config) throws Exception {
        Files.writeString(dir.resolve("vocab.json"), VOCAB);
        Files.writeString(dir.resolve("merges.txt"), MERGES);
        if (config != null) Files.writeString(dir.resolve("tokenizer_config.json"), config);
        return ClipTokenizer.load(dir);
    }

    @Test
    void byteTableMatchesPublishedMapping() {
        assertEquals('A', ByteUnicode.of('A'));
        assertEquals('\u0120', ByteUnicode.of(0x20)); // 33 bytes 0x00..0x20 are remapped: 256 + 32
        assertEquals('\u0121', ByteUnicode.of(0x7F)); // next remapped byte: 256 + 33
        assertEquals('\u0143', ByteUnicode.of(0xAD)); // 33 + 34 (0x7F..0xA0) remapped before it
        assertEquals("\u00c3\u00a9", ByteUnicode.encode("\u00e9")); // é = C3 A9, both printable
    }

    @Test
    void mergesByRankAndMapsToIds() throws Exception {
        ClipTokenizer t = write(null);
        // "hello, world! it's lo lll é" → pieces hello , world ! it 's lo lll é
        // hello: h e l l o</w> → he (0) → ll (1) → hell (3) → hello</w> (4) = 17
        // world: w o r l d</w> → wo (5) → ld</w> (6) → rld</w> (7); "wo rld</w>" has no rank → 18, 20
        // it: i t</w> (no merge) → 23, 24;  lll: l l l</w> → leftmost "l l" first → ll, l</w> → 14, 12
        assertEquals(List.of(17, 10, 18, 20, 11, 23, 24, 22, 15, 14, 12, 21),
                t.tokenize("Hello,   World!\n it's lo lll \u00e9"));
    }

    @Test
    void encodeFramesWithBosEosAndPadsWithEosByDefault() throws Exception {
        ClipTokenizer t = write(null);
        int[] ids = t.encode("hello lo", 6);
        assertArrayEquals(new int[] {100, 17, 15, 101, 101, 101}, ids);
        assertEquals(77, t.encode("hello").length);
    }

    @Test
    void padTokenComesFromTokenizerConfig() throws Exception {
        ClipTokenizer t = write("{\"pad_token\": \"!\", \"model_max_length\": 77}");
        assertArrayEquals(new int[] {100, 17, 101, 0, 0}, t.encode("HELLO", 5));
        ClipTokenizer t2 = write("{\"pad_token\": {\"content\": \"!\", \"lstrip\": false}}");
        assertEquals(0, t2.padId());
    }

    @Test
    void longTextIsCutAndStillEndsWithEos() throws Exception {
        ClipTokenizer t = write(null);
        int[] ids = t.encode("hello ".repeat(100));
        assertEquals(77, ids.length);
        assertEquals(100, ids[0]);
        assertEquals(17, ids[75]);
        assertEquals(101, ids[76]);
    }

    @Test
    void missingFilesAndSpecialTokensAreNamed() throws Exception {
        SdModelException e = assertThrows(SdModelException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("vocab.json"), e.getMessage());
        Files.writeString(dir.resolve("vocab.json"), "{\"a\": 1}");
        Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\n");
        e = assertThrows(SdModelException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("<|startoftext|>"), e.getMessage());
        Files.writeString(dir.resolve("vocab.json"), "{\"a\": ");
        e = assertThrows(SdModelException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("vocab.json") && e.getMessage().contains("JSON"), e.getMessage());
    }
}
