package latente.runtime.model.sd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLIP's byte-level BPE tokenizer, read from a {@code vocab.json} (token → id) and a
 * {@code merges.txt} (one merge "a b" per line, best first, after a "#version" header).
 *
 * <p>Text is cleaned as CLIP does (a few HTML entities unescaped, runs of whitespace collapsed,
 * lower case), split by CLIP's pre-tokenizer pattern, each piece turned into byte characters
 * with the last one marked {@code </w>}, and merged by rank. {@link #encode} frames the ids as
 * {@code BOS ids… EOS pad…} with a fixed context length (77 for every SD text encoder).
 *
 * <p>Thread-safe: the tables are immutable and the per-word cache is concurrent. Files are read
 * by {@link TokenizerFiles}.
 */
public final class ClipTokenizer {
    public static final int CONTEXT_LENGTH = 77;
    static final String BOS = "<|startoftext|>";
    static final String EOS = "<|endoftext|>";
    /** CLIP keeps only the first 49152 - 256 - 2 merges; later lines are never used. */
    private static final int MAX_MERGES = 49152 - 256 - 2;
    private static final Pattern PIECES = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int CACHE_LIMIT = 20_000;

    private final Map<String, Integer> vocab;
    private final Map<String, Integer> ranks;
    private final int bos;
    private final int eos;
    private final int pad;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    /**
     * @param vocab token → id
     * @param merges merge pairs "left right", best first (no header line)
     * @param padToken the padding token, or null for the end-of-text token
     */
    public ClipTokenizer(Map<String, Integer> vocab, List<String> merges, String padToken) {
        this.vocab = Map.copyOf(vocab);
        Map<String, Integer> r = new HashMap<>();
        for (int k = 0; k < merges.size() && k < MAX_MERGES; k++) r.putIfAbsent(merges.get(k), k);
        this.ranks = r;
        this.bos = special(BOS);
        this.eos = special(EOS);
        if (padToken == null) {
            this.pad = eos;
        } else {
            Integer p = vocab.get(padToken);
            if (p == null) throw new IllegalArgumentException("pad token '" + padToken + "' is not in the vocab");
            this.pad = p;
        }
    }

    /**
     * Reads {@code vocab.json}, {@code merges.txt} and, if present, the pad token of
     * {@code tokenizer_config.json} or {@code special_tokens_map.json} from {@code dir}.
     */
    public static ClipTokenizer load(Path dir) throws SdModelException {
        return TokenizerFiles.load(dir);
    }

    private int special(String token) {
        Integer id = vocab.get(token);
        if (id == null) throw new IllegalArgumentException("vocab has no " + token + " token");
        return id;
    }

    public int bosId() {
        return bos;
    }

    public int eosId() {
        return eos;
    }

    public int padId() {
        return pad;
    }

    /** Token ids of {@code text} without BOS, EOS or padding. */
    public List<Integer> tokenize(String text) {
        List<Integer> ids = new ArrayList<>();
        Matcher m = PIECES.matcher(clean(text));
        while (m.find()) {
            for (int id : word(m.group())) ids.add(id);
        }
        return ids;
    }

    /**
     * {@code BOS, ids…, EOS, pad…} of exactly {@code length} entries; text beyond
     * {@code length - 2} tokens is cut (as CLIP's text encoders see only 77 positions).
     */
    public int[] encode(String text, int length) {
        List<Integer> ids = tokenize(text);
        int[] out = new int[length];
        java.util.Arrays.fill(out, pad);
        int n = Math.min(ids.size(), length - 2);
        out[0] = bos;
        for (int k = 0; k < n; k++) out[k + 1] = ids.get(k);
        out[n + 1] = eos;
        return out;
    }

    public int[] encode(String text) {
        return encode(text, CONTEXT_LENGTH);
    }

    /** CLIP's text cleanup: common HTML entities, collapsed whitespace, lower case. */
    static String clean(String text) {
        String t = text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private int[] word(String piece) {
        int[] cached = cache.get(piece);
        if (cached != null) return cached;
        if (piece.equals(BOS)) return new int[] {bos};
        if (piece.equals(EOS)) return new int[] {eos};
        List<String> parts = bpe(ByteUnicode.encode(piece));
        int[] ids = new int[parts.size()];
        for (int k = 0; k < ids.length; k++) {
            Integer id = vocab.get(parts.get(k));
            ids[k] = id != null ? id : eos;
        }
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(piece, ids);
        return ids;
    }

    /** Merges the characters of one pre-token (last one marked end-of-word) by merge rank. */
    private List<String> bpe(String chars) {
        List<String> w = new ArrayList<>();
        int[] cps = chars.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            String c = new String(Character.toChars(cps[k]));
            w.add(k == cps.length - 1 ? c + "</w>" : c);
        }
        while (w.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            String bestA = null;
            String bestB = null;
            for (int k = 0; k + 1 < w.size(); k++) {
                Integer r = ranks.get(w.get(k) + " " + w.get(k + 1));
                if (r != null && r < bestRank) {
                    bestRank = r;
                    bestA = w.get(k);
                    bestB = w.get(k + 1);
                }
            }
            if (bestA == null) break;
            List<String> merged = new ArrayList<>(w.size());
            for (int k = 0; k < w.size(); k++) {
                if (k + 1 < w.size() && w.get(k).equals(bestA) && w.get(k + 1).equals(bestB)) {
                    merged.add(bestA + bestB);
                    k++;
                } else {
                    merged.add(w.get(k));
                }
            }
            w = merged;
        }
        return w;
    }
}
