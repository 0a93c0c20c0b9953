package latente.runtime.model.sd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small byte-level CLIP vocabulary for fixtures: the 256 byte characters (ids 0..255), the
 * same with {@code </w>} (256..511), start/end of text (512, 513) and the merges that make
 * "moss" and "ember" single tokens (514..519).
 */
final class FixtureTokenizer {
    static final int VOCAB_SIZE = 520;

    private FixtureTokenizer() {
    }

    static void write(Path dir, String padToken) throws IOException {
        Files.createDirectories(dir);
        StringBuilder v = new StringBuilder("{");
        for (int b = 0; b < 256; b++) {
            String c = String.valueOf(ByteUnicode.of(b));
            v.append(quote(c)).append(':').append(b).append(',');
            v.append(quote(c + "</w>")).append(':').append(256 + b).append(',');
        }
        v.append("\"<|startoftext|>\":512,\"<|endoftext|>\":513,");
        v.append("\"mo\":514,\"ss</w>\":515,\"moss</w>\":516,\"em\":517,\"ber</w>\":518,\"ember</w>\":519}");
        Files.writeString(dir.resolve("vocab.json"), v.toString());
        Files.writeString(dir.resolve("merges.txt"),
                "#version: 0.2\nm o\ns s</w>\nmo ss</w>\ne m\ne r</w>\nb er</w>\nem ber</w>\n");
        if (padToken != null) Files.writeString(dir.resolve("tokenizer_config.json"), "{\"pad_token\": \"" + padToken + "\"}");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7E) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
