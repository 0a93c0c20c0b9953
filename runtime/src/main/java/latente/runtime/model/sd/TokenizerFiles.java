package latente.runtime.model.sd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import latente.runtime.json.Json;

/**
 * Reads a CLIP tokenizer directory as Hugging Face writes it: {@code vocab.json} (token → id),
 * {@code merges.txt} (a "#version" header, then one merge per line, best first) and optionally
 * the {@code pad_token} of {@code tokenizer_config.json} or {@code special_tokens_map.json}
 * (a string, or an object with a "content" string). Every failure names the file.
 */
final class TokenizerFiles {
    private TokenizerFiles() {
    }

    static ClipTokenizer load(Path dir) throws SdModelException {
        Path vocabFile = dir.resolve("vocab.json");
        Path mergesFile = dir.resolve("merges.txt");
        Map<String, Integer> vocab = readVocab(vocabFile);
        List<String> merges = new ArrayList<>();
        for (String line : readLines(mergesFile)) {
            if (line.startsWith("#version") || line.isBlank()) continue;
            merges.add(line.strip());
        }
        String padToken = readPadToken(dir);
        try {
            return new ClipTokenizer(vocab, merges, padToken);
        } catch (IllegalArgumentException e) {
            throw new SdModelException(vocabFile + ": " + e.getMessage());
        }
    }

    private static Map<String, Integer> readVocab(Path file) throws SdModelException {
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SdModelException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new SdModelException(file + ": " + e.getMessage());
        }
        if (!(parsed instanceof Map)) throw new SdModelException(file + ": expected a JSON object of token → id");
        Map<String, Integer> vocab = new HashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
            if (!(e.getValue() instanceof Number)) throw new SdModelException(file + ": id of '" + e.getKey() + "' is not a number");
            vocab.put((String) e.getKey(), ((Number) e.getValue()).intValue());
        }
        return vocab;
    }

    private static List<String> readLines(Path file) throws SdModelException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SdModelException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The pad token named by the tokenizer's config files, or null (meaning: end-of-text). */
    private static String readPadToken(Path dir) throws SdModelException {
        for (String name : new String[] {"tokenizer_config.json", "special_tokens_map.json"}) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) continue;
            try {
                Object cfg = Json.parse(Files.readString(f, StandardCharsets.UTF_8));
                if (!(cfg instanceof Map)) continue;
                Object pad = ((Map<?, ?>) cfg).get("pad_token");
                if (pad instanceof String) return (String) pad;
                if (pad instanceof Map && ((Map<?, ?>) pad).get("content") instanceof String) {
                    return (String) ((Map<?, ?>) pad).get("content");
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new SdModelException(f + ": " + e.getMessage());
            }
        }
        return null;
    }

}
