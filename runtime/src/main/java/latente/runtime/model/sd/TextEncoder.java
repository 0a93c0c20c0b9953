package latente.runtime.model.sd;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.util.Map;

/**
 * One CLIP text encoder with its tokenizer: prompt → hidden states {@code [1, L, D]} and,
 * when the model has {@code text_embeds} (SDXL's second encoder), the pooled embedding.
 *
 * <p>Which hidden state: SD 1.x/2.x and Turbo use {@code last_hidden_state}. SDXL uses the
 * penultimate layer; Optimum exports it as {@code hidden_states.N}, so with {@code penultimate}
 * set the second-highest N is taken when such outputs exist.
 */
final class TextEncoder {
    private final OnnxPart part;
    private final ClipTokenizer tokenizer;
    private final OnnxJavaType idType;
    private final int length;
    private final String hiddenName;
    private final String pooledName;
    final int dim;
    /** Width of text_embeds (0 when this encoder has none). */
    final int pooledDim;

    TextEncoder(OrtEnvironment env, OnnxPart part, ClipTokenizer tokenizer, boolean penultimate, boolean needPooled)
            throws SdModelException {
        this.part = part;
        this.tokenizer = tokenizer;
        TensorInfo ids = part.input("input_ids", 2);
        this.idType = ids.type;
        long l = ids.getShape()[1];
        this.length = l > 0 ? (int) l : ClipTokenizer.CONTEXT_LENGTH;
        this.hiddenName = penultimate ? penultimateName(part) : "last_hidden_state";
        TensorInfo hidden = part.output(hiddenName, 3);
        this.pooledName = needPooled ? "text_embeds" : null;
        TensorInfo pooled = needPooled ? part.output("text_embeds", 2) : null;
        long d = hidden.getShape()[2];
        long p = needPooled ? pooled.getShape()[1] : 0;
        if (d <= 0 || p < 0) {
            // an export with every axis dynamic: learn the widths from one run on the empty prompt
            float[][] probe = encode(env, "");
            d = probe[0].length / length;
            p = needPooled ? probe[1].length : 0;
        }
        this.dim = (int) d;
        this.pooledDim = (int) p;
    }

    private static String penultimateName(OnnxPart part) {
        int top = -1;
        for (String n : part.outputNames()) {
            if (n.startsWith("hidden_states.")) {
                try {
                    top = Math.max(top, Integer.parseInt(n.substring("hidden_states.".length())));
                } catch (NumberFormatException ignored) {
                    // another output that merely starts with the prefix
                }
            }
        }
        return top >= 1 ? "hidden_states." + (top - 1) : "last_hidden_state";
    }

    int length() {
        return length;
    }

    /** {hidden [L*D], pooled or null}. */
    float[][] encode(OrtEnvironment env, String prompt) throws SdModelException {
        int[] ids = tokenizer.encode(prompt, length);
        try (OnnxTensor in = Tensors.ids(env, ids, new long[] {1, length}, idType, part.file + ": input 'input_ids'")) {
            Map<String, OnnxTensor> feed = Map.of("input_ids", in);
            if (pooledName == null) return new float[][] {part.run(feed, hiddenName), null};
            return part.run(feed, hiddenName, pooledName);
        } catch (OrtException e) {
            throw new SdModelException(part.file + ": " + e.getMessage(), e);
        }
    }
}
