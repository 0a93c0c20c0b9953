package latente.runtime.model.sd;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text-to-image and image-to-image over a Stable Diffusion ONNX directory (SD-Turbo,
 * SDXL-Turbo, LCM, SD 1.x/2.x/XL; fp32, fp16 or int8): prompt → CLIP tokens → text encoder(s)
 * → scheduler-driven UNet loop on seeded latent noise → VAE decoder → RGB in [0, 1].
 *
 * <p>Every check of names, shapes and types happens in {@link #open}, so a wrong directory fails
 * before the show uses it, with a message naming the file and tensor.
 *
 * <p>Thread contract: meant for one model worker thread. Calls do not share mutable state
 * (ONNX Runtime sessions are thread-safe), so concurrent calls are correct but compete for cores.
 */
public final class SdPipeline implements AutoCloseable {
    /** A fixed offset so the scheduler's re-noising stream differs from the initial noise of the same seed. */
    private static final long RENOISE_SEED = 0x5DEECE66DL;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final SdLayout layout;
    private final List<OnnxPart> parts;
    private final TextEncoder text1;
    private final TextEncoder text2;
    private final Unet unet;
    private final Vae vae;
    private final Scheduler scheduler;
    private final double guidance;
    private final boolean cuda;
    private final SchedulerConfig.Prediction prediction;
    private volatile PromptEmbedding unconditional;

    private SdPipeline(SdLayout layout, List<OnnxPart> parts, TextEncoder t1, TextEncoder t2, Unet unet, Vae vae,
                       Scheduler scheduler, double guidance, boolean cuda, SchedulerConfig.Prediction prediction) {
        this.layout = layout;
        this.parts = parts;
        this.text1 = t1;
        this.text2 = t2;
        this.unet = unet;
        this.vae = vae;
        this.scheduler = scheduler;
        this.guidance = guidance;
        this.cuda = cuda;
        this.prediction = prediction;
    }

    public static SdPipeline open(Path dir) throws SdModelException {
        return open(dir, SdOptions.defaults());
    }

    /** Loads and checks every part of {@code dir}; on failure nothing stays open. */
    public static SdPipeline open(Path dir, SdOptions options) throws SdModelException {
        SdLayout layout = SdLayout.of(dir);
        SchedulerConfig config = SchedulerConfig.read(dir);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        boolean[] cuda = new boolean[1];
        List<OnnxPart> parts = new ArrayList<>();
        try (OrtSession.SessionOptions so = SessionSetup.create(env, options, cuda)) {
            boolean xl = layout.isXl();
            ClipTokenizer tok1 = ClipTokenizer.load(layout.tokenizer());
            TextEncoder t1 = new TextEncoder(env, add(parts, OnnxPart.load(env, layout.textEncoder(), so)), tok1, xl, false);
            TextEncoder t2 = null;
            if (xl) {
                ClipTokenizer tok2 = layout.tokenizer2() != null ? ClipTokenizer.load(layout.tokenizer2()) : tok1;
                t2 = new TextEncoder(env, add(parts, OnnxPart.load(env, layout.textEncoder2(), so)), tok2, true, true);
                if (t2.length() != t1.length()) {
                    throw new SdModelException(layout.textEncoder2() + ": input 'input_ids' length " + t2.length()
                            + " differs from text_encoder's " + t1.length());
                }
            }
            int dim = t1.dim + (t2 != null ? t2.dim : 0);
            int pooled = xl ? t2.pooledDim : 0;
            Unet unet = new Unet(add(parts, OnnxPart.load(env, layout.unet(), so)), xl, t1.length(), dim, pooled);
            OnnxPart dec = add(parts, OnnxPart.load(env, layout.vaeDecoder(), so));
            OnnxPart enc = layout.vaeEncoder() != null ? add(parts, OnnxPart.load(env, layout.vaeEncoder(), so)) : null;
            Vae vae = new Vae(dec, enc, VaeConfig.scalingFactor(layout), unet.channels);
            Scheduler preferred = config.preferred();
            Scheduler s = options.scheduler() != null ? options.scheduler()
                    : unet.wantsGuidanceEmbedding() ? new LcmScheduler(config.noise(), 50, true)
                    : preferred != null ? preferred : new EulerScheduler(config.noise(), Timesteps.TRAILING, false);
            double g = !Double.isNaN(options.guidance()) ? options.guidance() : unet.wantsGuidanceEmbedding() ? 8.0 : 0.0;
            return new SdPipeline(layout, parts, t1, t2, unet, vae, s, g, cuda[0], config.prediction());
        } catch (SdModelException | RuntimeException e) {
            for (OnnxPart p : parts) p.close();
            throw e;
        }
    }

    private static OnnxPart add(List<OnnxPart> parts, OnnxPart p) {
        parts.add(p);
        return p;
    }

    public SdLayout layout() {
        return layout;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public boolean usesCuda() {
        return cuda;
    }

    /** One line per ONNX file: its path relative to the directory, inputs and outputs with types and shapes. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (OnnxPart p : parts) lines.add(p.describe(layout.root()));
        return lines;
    }

    public boolean canImageToImage() {
        return vae.canEncode();
    }

    /** Latent channels (4 for every SD so far). */
    public int latentChannels() {
        return unet.channels;
    }

    /** The prompt's conditioning; compute once and reuse, or {@link PromptEmbedding#lerp} between two. */
    public PromptEmbedding encode(String prompt) throws SdModelException {
        float[][] a = text1.encode(env, prompt);
        int tokens = text1.length();
        if (text2 == null) return new PromptEmbedding(a[0], tokens, text1.dim, null);
        float[][] b = text2.encode(env, prompt);
        int dim = text1.dim + text2.dim;
        float[] hidden = new float[tokens * dim];
        for (int t = 0; t < tokens; t++) {
            System.arraycopy(a[0], t * text1.dim, hidden, t * dim, text1.dim);
            System.arraycopy(b[0], t * text2.dim, hidden, t * dim + text1.dim, text2.dim);
        }
        return new PromptEmbedding(hidden, tokens, dim, b[1]);
    }

    /**
     * Seeded standard-normal latent noise {@code [C, height/8, width/8]}, the same numbers as
     * {@link latente.runtime.model.Noise#seeded} (slerp two of these to walk).
     */
    public float[] noise(long seed, int width, int height) {
        checkSize(width, height);
        return latente.runtime.model.Noise.seeded(seed, unet.channels * (height / 8) * (width / 8));
    }

    public SdImage generate(String prompt, long seed, int steps, int width, int height) throws SdModelException {
        return generate(encode(prompt), noise(seed, width, height), seed, steps, width, height);
    }

    /** Text-to-image from given conditioning and noise; {@code seed} drives only re-noising samplers (LCM). */
    public SdImage generate(PromptEmbedding cond, float[] noise, long seed, int steps, int width, int height) throws SdModelException {
        checkSize(width, height);
        Schedule plan = scheduler.plan(steps);
        float[] x = new float[noise.length];
        plan.start(noise, x);
        return denoise(plan, 0, x, cond, seed, width, height);
    }

    public SdImage imageToImage(String prompt, long seed, SdImage source, double strength, int steps) throws SdModelException {
        return imageToImage(encode(prompt), noise(seed, source.width(), source.height()), seed, source, strength, steps);
    }

    /**
     * Image-to-image: the source is encoded, noised to the level {@code strength} (0..1] of the
     * way up the schedule, and denoised in exactly {@code steps} steps. The plan is made for
     * {@code ceil(steps / strength)} steps and its last {@code steps} are run, so a low
     * strength keeps more of the source without costing more UNet calls.
     */
    public SdImage imageToImage(PromptEmbedding cond, float[] noise, long seed, SdImage source, double strength, int steps)
            throws SdModelException {
        if (!(strength > 0 && strength <= 1)) throw new IllegalArgumentException("strength must be in (0, 1], got " + strength);
        if (steps < 1) throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        checkSize(source.width(), source.height());
        float[] clean = vae.encode(env, source, unet.channels);
        if (noise.length != clean.length) {
            throw new IllegalArgumentException("noise has " + noise.length + " values, expected " + clean.length);
        }
        int total = (int) Math.min(1000, Math.ceil(steps / strength - 1e-9));
        Schedule plan = scheduler.plan(total);
        int first = Math.max(0, plan.steps() - steps);
        float[] x = new float[clean.length];
        plan.startFrom(first, clean, noise, x);
        return denoise(plan, first, x, cond, seed, source.width(), source.height());
    }

    private SdImage denoise(Schedule plan, int first, float[] x, PromptEmbedding cond, long seed, int width, int height)
            throws SdModelException {
        int h = height / 8;
        int w = width / 8;
        if (x.length != unet.channels * h * w) {
            throw new IllegalArgumentException("noise has " + x.length + " values, expected " + unet.channels + "×" + h + "×" + w);
        }
        unet.checkSize(h, w);
        boolean cfg = guidance > 1 && !unet.wantsGuidanceEmbedding();
        PromptEmbedding uncond = cfg ? unconditional() : null;
        Random rng = new Random(seed ^ RENOISE_SEED);
        float[] in = new float[x.length];
        for (int i = first; i < plan.steps(); i++) {
            float s = (float) plan.inputScale(i);
            for (int k = 0; k < x.length; k++) in[k] = x[k] * s;
            float[] eps = unet.predict(env, in, h, w, plan.timestep(i), cond, height, width, guidance);
            if (cfg) {
                float[] u = unet.predict(env, in, h, w, plan.timestep(i), uncond, height, width, guidance);
                float g = (float) guidance;
                for (int k = 0; k < eps.length; k++) eps[k] = u[k] + g * (eps[k] - u[k]);
            }
            if (prediction == SchedulerConfig.Prediction.V_PREDICTION) vToEps(eps, in, plan.alphaBar(i));
            plan.step(i, x, eps, rng);
        }
        return vae.decode(env, x, unet.channels, h, w);
    }

    /** v = sqrt(aBar) eps - sqrt(1 - aBar) x0 with input x = sqrt(aBar) x0 + sqrt(1 - aBar) eps gives eps = sqrt(1 - aBar) x + sqrt(aBar) v. */
    static void vToEps(float[] v, float[] input, double alphaBar) {
        float a = (float) Math.sqrt(alphaBar);
        float b = (float) Math.sqrt(1 - alphaBar);
        for (int k = 0; k < v.length; k++) v[k] = b * input[k] + a * v[k];
    }

    private PromptEmbedding unconditional() throws SdModelException {
        PromptEmbedding u = unconditional;
        if (u == null) {
            // SDXL pipelines condition the unguided pass on zeros, not on the empty prompt
            if (text2 != null) {
                PromptEmbedding c = encode("");
                u = new PromptEmbedding(new float[c.hidden().length], c.tokens(), c.dim(), new float[c.pooled().length]);
            } else {
                u = encode("");
            }
            unconditional = u;
        }
        return u;
    }

    private static void checkSize(int width, int height) {
        if (width < 8 || height < 8 || width % 8 != 0 || height % 8 != 0) {
            throw new IllegalArgumentException("image size must be a multiple of 8, got " + width + "×" + height);
        }
    }

    @Override
    public void close() {
        for (OnnxPart p : parts) p.close();
    }
}
