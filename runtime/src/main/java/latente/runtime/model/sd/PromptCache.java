package latente.runtime.model.sd;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embeddings of recently used prompts, so a walk that keeps returning to the same words
 * runs the text encoder once per word. Least recently used entries go first. Not thread-safe:
 * owned by the model worker.
 */
final class PromptCache {
    private final int capacity;
    private final Map<String, PromptEmbedding> entries;

    PromptCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    interface Encoder {
        PromptEmbedding encode(String prompt) throws SdModelException;
    }

    PromptEmbedding get(String prompt, Encoder encoder) throws SdModelException {
        PromptEmbedding e = entries.get(prompt);
        if (e != null) return e;
        e = encoder.encode(prompt);
        entries.put(prompt, e);
        if (entries.size() > capacity) entries.remove(entries.keySet().iterator().next());
        return e;
    }

    int size() {
        return entries.size();
    }
}
