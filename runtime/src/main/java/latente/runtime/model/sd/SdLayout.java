package latente.runtime.model.sd;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the parts of a Stable Diffusion directory in the diffusers/Optimum ONNX layout live:
 *
 * <pre>
 * DIR/text_encoder/model.onnx      input_ids → last_hidden_state (…, hidden_states.N)
 * DIR/text_encoder_2/model.onnx    SDXL only: input_ids → text_embeds, hidden_states.N
 * DIR/unet/model.onnx              sample, timestep, encoder_hidden_states (+ text_embeds, time_ids) → out_sample
 * DIR/vae_decoder/model.onnx       latent_sample → sample
 * DIR/vae_encoder/model.onnx       optional, image-to-image: sample → latent_sample
 * DIR/tokenizer/vocab.json, merges.txt (tokenizer_2/ for SDXL, else tokenizer/ is reused)
 * </pre>
 *
 * A {@code model.onnx_data} file beside a model (external weights) is found by ONNX Runtime.
 */
public record SdLayout(Path root, Path textEncoder, Path textEncoder2, Path unet, Path vaeDecoder,
                       Path vaeEncoder, Path tokenizer, Path tokenizer2) {

    /** Checks that every required file exists; the message names the first one missing. */
    public static SdLayout of(Path root) throws SdModelException {
        if (!Files.isDirectory(root)) {
            throw new SdModelException(root + ": no such directory (expected a Stable Diffusion ONNX directory)");
        }
        Path te = required(root, "text_encoder/model.onnx");
        Path unet = required(root, "unet/model.onnx");
        Path dec = required(root, "vae_decoder/model.onnx");
        Path tok = root.resolve("tokenizer");
        required(root, "tokenizer/vocab.json");
        required(root, "tokenizer/merges.txt");
        Path te2 = optional(root, "text_encoder_2/model.onnx");
        Path enc = optional(root, "vae_encoder/model.onnx");
        Path tok2 = null;
        if (te2 != null && Files.isDirectory(root.resolve("tokenizer_2"))) {
            tok2 = root.resolve("tokenizer_2");
            required(root, "tokenizer_2/vocab.json");
            required(root, "tokenizer_2/merges.txt");
        }
        return new SdLayout(root, te, te2, unet, dec, enc, tok, tok2);
    }

    /** SDXL and SDXL-Turbo have a second text encoder. */
    public boolean isXl() {
        return textEncoder2 != null;
    }

    private static Path required(Path root, String rel) throws SdModelException {
        Path p = root.resolve(rel);
        if (!Files.isRegularFile(p)) throw new SdModelException(p + ": missing (a Stable Diffusion ONNX directory needs " + rel + ")");
        return p;
    }

    private static Path optional(Path root, String rel) {
        Path p = root.resolve(rel);
        return Files.isRegularFile(p) ? p : null;
    }
}
