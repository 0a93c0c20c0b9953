package latente.runtime.model.sd;

/**
 * The byte-to-character table of byte-level BPE (as published with GPT-2 and CLIP): printable
 * Latin-1 bytes map to themselves, the other 68 bytes to code points 256, 257, ... in byte
 * order, so every UTF-8 byte sequence becomes a string of visible characters that the vocab
 * and merges files can spell.
 */
final class ByteUnicode {
    private static final char[] TABLE = build();

    private ByteUnicode() {
    }

    private static char[] build() {
        char[] t = new char[256];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            t[b] = printable ? (char) b : (char) (256 + n++);
        }
        return t;
    }

    /** The visible character that stands for byte {@code b} (0..255). */
    static char of(int b) {
        return TABLE[b & 0xFF];
    }

    /** UTF-8 bytes of {@code text}, each replaced by its table character. */
    static String encode(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(bytes.length);
        for (byte x : bytes) b.append(of(x));
        return b.toString();
    }
}
