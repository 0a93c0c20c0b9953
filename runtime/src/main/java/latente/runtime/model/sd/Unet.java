package latente.runtime.model.sd;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The noise-predicting UNet: {@code sample [1,C,h,w]}, {@code timestep} ([] or [1]; float32,
 * float16, int64 or int32, as declared by the model), {@code encoder_hidden_states [1,L,D]},
 * for SDXL {@code text_embeds [1,P]} and {@code time_ids [1,6]}, and for LCM-distilled models
 * {@code timestep_cond [1,E]} (the guidance-scale embedding) → {@code out_sample [1,C,h,w]}.
 */
final class Unet {
    private final OnnxPart part;
    private final TensorInfo sample;
    private final TensorInfo timestep;
    private final TensorInfo hidden;
    private final TensorInfo textEmbeds;
    private final TensorInfo timeIds;
    private final TensorInfo timestepCond;
    private final String outName;
    final int channels;

    Unet(OnnxPart part, boolean xl, int tokens, int dim, int pooledDim) throws SdModelException {
        this.part = part;
        this.sample = part.input("sample", 4);
        long c = sample.getShape()[1];
        this.channels = c > 0 ? (int) c : 4;
        this.timestep = part.input("timestep", -1);
        if (timestep.getShape().length > 1) {
            throw new SdModelException(part.file + ": input 'timestep' has shape " + java.util.Arrays.toString(timestep.getShape())
                    + ", expected [] or [1]");
        }
        switch (timestep.type) {
            case FLOAT: case FLOAT16: case DOUBLE: case INT64: case INT32: break;
            default: throw new SdModelException(part.file + ": input 'timestep' has element type " + timestep.type
                    + ", expected float32, float16, int64 or int32");
        }
        this.hidden = part.input("encoder_hidden_states", 3);
        part.requireDim(hidden, "encoder_hidden_states", 1, tokens, "the text encoder's sequence length");
        part.requireDim(hidden, "encoder_hidden_states", 2, dim, "the text encoder's hidden width");
        if (xl) {
            this.textEmbeds = part.input("text_embeds", 2);
            part.requireDim(textEmbeds, "text_embeds", 1, pooledDim, "text_encoder_2's text_embeds width");
            this.timeIds = part.input("time_ids", 2);
            part.requireDim(timeIds, "time_ids", 1, 6, "SDXL's size-and-crop conditioning");
        } else {
            this.textEmbeds = null;
            this.timeIds = null;
        }
        this.timestepCond = part.hasInput("timestep_cond") ? part.input("timestep_cond", 2) : null;
        part.output("out_sample", 4);
        this.outName = "out_sample";
    }

    boolean wantsGuidanceEmbedding() {
        return timestepCond != null;
    }

    /** Fails early when the model's static latent size differs from the one asked for. */
    void checkSize(int h, int w) throws SdModelException {
        part.requireDim(sample, "sample", 2, h, "a latent height of " + h + " (image height / 8)");
        part.requireDim(sample, "sample", 3, w, "a latent width of " + w + " (image width / 8)");
    }

    /**
     * The noise prediction for latents {@code x} (already input-scaled) at timestep {@code t}.
     * {@code guidance} feeds timestep_cond when the model has it.
     */
    float[] predict(OrtEnvironment env, float[] x, int h, int w, double t, PromptEmbedding cond, int imageH, int imageW,
                    double guidance) throws SdModelException {
        Map<String, OnnxTensor> feed = new HashMap<>();
        String f = part.file + ": input ";
        try {
            feed.put("sample", Tensors.floats(env, x, new long[] {1, channels, h, w}, sample.type, f + "'sample'"));
            long[] tShape = timestep.getShape().length == 0 ? new long[0] : new long[] {1};
            feed.put("timestep", Tensors.numbers(env, new double[] {t}, tShape, timestep.type, f + "'timestep'"));
            feed.put("encoder_hidden_states", Tensors.floats(env, cond.hidden(), new long[] {1, cond.tokens(), cond.dim()},
                    hidden.type, f + "'encoder_hidden_states'"));
            if (textEmbeds != null) {
                feed.put("text_embeds", Tensors.floats(env, cond.pooled(), new long[] {1, cond.pooled().length},
                        textEmbeds.type, f + "'text_embeds'"));
                // original size, crop top-left, target size: an uncropped image of the asked size
                float[] ids = {imageH, imageW, 0, 0, imageH, imageW};
                feed.put("time_ids", Tensors.floats(env, ids, new long[] {1, 6}, timeIds.type, f + "'time_ids'"));
            }
            if (timestepCond != null) {
                long e = timestepCond.getShape()[1];
                float[] emb = guidanceEmbedding(guidance, e > 0 ? (int) e : 256);
                feed.put("timestep_cond", Tensors.floats(env, emb, new long[] {1, emb.length}, timestepCond.type, f + "'timestep_cond'"));
            }
            return part.run(feed, outName);
        } catch (OrtException e) {
            throw new SdModelException(part.file + ": " + e.getMessage(), e);
        } finally {
            for (OnnxTensor v : feed.values()) v.close();
        }
    }

    /**
     * LCM's guidance-scale embedding: w = (g - 1) * 1000, then [sin(w f_k), cos(w f_k)] with
     * f_k = exp(-k ln(10000) / (E/2 - 1)), k = 0 .. E/2 - 1.
     */
    static float[] guidanceEmbedding(double guidance, int size) {
        int half = size / 2;
        double w = (guidance - 1) * 1000.0;
        double step = Math.log(10000.0) / (half - 1);
        float[] out = new float[size];
        for (int k = 0; k < half; k++) {
            double a = w * Math.exp(-k * step);
            out[k] = (float) Math.sin(a);
            out[k + half] = (float) Math.cos(a);
        }
        return out;
    }
}
