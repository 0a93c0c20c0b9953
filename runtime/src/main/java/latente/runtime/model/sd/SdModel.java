package latente.runtime.model.sd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import latente.runtime.model.LatentModel;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Request;

/**
 * A Stable Diffusion directory behind the {@link LatentModel} interface, at a fixed frame size.
 * A request's prompt mix becomes the weighted sum of its prompts' text embeddings (each prompt
 * encoded once, then cached), its noise is the latent noise ({@code C × h/8 × w/8} floats), and
 * {@code init}/{@code strength} run image-to-image through the VAE encoder.
 *
 * <p>Thread contract as {@link LatentModel}: one model worker calls {@link #generate}.
 */
public final class SdModel implements LatentModel {
    private static final int PROMPT_CACHE = 64;
    private final SdPipeline sd;
    private final int width;
    private final int height;
    private final PromptCache prompts = new PromptCache(PROMPT_CACHE);

    private SdModel(SdPipeline sd, int width, int height) {
        this.sd = sd;
        this.width = width;
        this.height = height;
    }

    /** Opens {@code dir} for frames of {@code width × height} (multiples of 8; 512² for the Turbo models). */
    public static SdModel open(Path dir, int width, int height, ModelOptions o) throws ModelException {
        SdOptions options = SdOptions.defaults().withThreads(o.threads()).withNotice(o.notices())
                .withProvider(o.cuda() ? SdOptions.Provider.AUTO : SdOptions.Provider.CPU);
        return open(dir, width, height, options);
    }

    public static SdModel open(Path dir, int width, int height, SdOptions options) throws ModelException {
        if (width < 8 || height < 8 || width % 8 != 0 || height % 8 != 0) {
            throw new IllegalArgumentException("frame size must be a multiple of 8, got " + width + "×" + height);
        }
        try {
            return new SdModel(SdPipeline.open(dir, options), width, height);
        } catch (SdModelException e) {
            throw new ModelException(e.getMessage(), e);
        }
    }

    public SdPipeline pipeline() {
        return sd;
    }

    @Override
    public String name() {
        return sd.layout().root().toString();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int noiseLength() {
        return sd.latentChannels() * (height / 8) * (width / 8);
    }

    /** Free text: every word means something to CLIP. */
    @Override
    public List<String> vocabulary() {
        return List.of();
    }

    @Override
    public void generate(Request r, float[] rgbOut) throws ModelException {
        if (rgbOut.length != width * height * 3) throw new IllegalArgumentException("rgbOut must hold " + width + "×" + height + "×3 floats");
        if (r.noise().length != noiseLength()) throw new IllegalArgumentException("noise must hold " + noiseLength() + " floats");
        if (r.init() != null && r.init().length != rgbOut.length) throw new IllegalArgumentException("init must hold " + rgbOut.length + " floats");
        if (r.init() != null && r.strength() <= 0) {
            System.arraycopy(r.init(), 0, rgbOut, 0, rgbOut.length);
            return;
        }
        try {
            PromptEmbedding e = embed(r.conditioning());
            long seed = seedOf(r.noise());
            SdImage img = r.init() != null && r.strength() < 1
                    ? sd.imageToImage(e, r.noise(), seed, new SdImage(width, height, r.init()), r.strength(), r.steps())
                    : sd.generate(e, r.noise(), seed, r.steps(), width, height);
            System.arraycopy(img.rgb(), 0, rgbOut, 0, rgbOut.length);
        } catch (SdModelException ex) {
            throw new ModelException(ex.getMessage(), ex);
        }
    }

    /** The normalised weighted sum of the prompts' embeddings. */
    PromptEmbedding embed(latente.runtime.model.Conditioning c) throws SdModelException {
        List<PromptEmbedding> parts = new ArrayList<>();
        List<Map.Entry<String, Double>> mix = c.normalised();
        double[] w = new double[mix.size()];
        for (int i = 0; i < w.length; i++) {
            parts.add(prompts.get(mix.get(i).getKey(), sd::encode));
            w[i] = mix.get(i).getValue();
        }
        return parts.size() == 1 ? parts.get(0) : PromptEmbedding.weighted(parts, w);
    }

    /** A seed for re-noising samplers (LCM) drawn from the noise itself, so equal requests give equal frames. */
    static long seedOf(float[] noise) {
        long h = 1125899906842597L;
        for (int i = 0; i < Math.min(noise.length, 64); i++) h = 31 * h + Float.floatToIntBits(noise[i]);
        return h;
    }

    @Override
    public void close() {
        sd.close();
    }
}
