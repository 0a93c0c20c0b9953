package latente.runtime.model.sd;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import latente.runtime.json.Json;

/**
 * The VAE latent scaling factor: {@code scaling_factor} of {@code vae_decoder/config.json} when
 * the export kept it, else the published value (0.13025 for SDXL, 0.18215 for SD 1.x/2.x).
 */
final class VaeConfig {
    static final float SD = 0.18215f;
    static final float SDXL = 0.13025f;

    private VaeConfig() {
    }

    static float scalingFactor(SdLayout layout) throws SdModelException {
        Path cfg = layout.vaeDecoder().resolveSibling("config.json");
        if (Files.isRegularFile(cfg)) {
            try {
                Object j = Json.parse(Files.readString(cfg, StandardCharsets.UTF_8));
                if (j instanceof Map && ((Map<?, ?>) j).get("scaling_factor") instanceof Number n) {
                    return n.floatValue();
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new SdModelException(cfg + ": " + e.getMessage());
            }
        }
        return layout.isXl() ? SDXL : SD;
    }
}
