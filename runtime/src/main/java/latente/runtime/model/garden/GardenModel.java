package latente.runtime.model.garden;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import latente.runtime.model.KarrasSchedule;
import latente.runtime.model.LatentModel;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.OrtSessions;
import latente.runtime.model.Request;

/**
 * A garden model (built-in or built from the user's images) running in ONNX Runtime, sampled by
 * deterministic Euler/DDIM over a Karras schedule:
 * x_{i+1} = D + (σ_{i+1}/σ_i)(x_i − D), the last step returning D itself.
 *
 * <p>Noise layout: planar [3, n, n]. Thread contract: one thread calls generate/denoise; input
 * buffers are direct and reused, so a keyframe allocates only ONNX Runtime's own outputs.
 */
public final class GardenModel implements LatentModel {
    public static final double SIGMA_MAX = 40, SIGMA_MIN = 0.02;

    private final String name;
    private final OrtSession session;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final int n;
    private final GardenLayout layout;
    private final List<String> families;
    private final FamilyPrompt prompt;
    private final FloatBuffer xBuf;
    private final float[] x, d, logCond;
    private final int[] exemplarFamily;
    private final int g, f;

    private GardenModel(String name, OrtSession session, GardenLayout layout, List<String> families, int[] exemplarFamily,
                        ModelOptions o) {
        this.exemplarFamily = exemplarFamily;
        this.name = name;
        this.session = session;
        this.n = layout.size();
        this.layout = layout;
        this.families = families;
        this.prompt = new FamilyPrompt(families, o.notices());
        this.g = layout.grid();
        this.f = layout.factor();
        this.xBuf = ByteBuffer.allocateDirect(3 * g * g * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        this.x = new float[3 * g * g];
        this.d = new float[3 * n * n];
        this.logCond = new float[families.size()];
    }

    /** Opens a garden .onnx file, checking it is one; errors name the file and the tensor. */
    public static GardenModel open(Path file, String name, ModelOptions o) throws ModelException {
        OrtSession s = OrtSessions.open(file, o, true);
        try {
            Map<String, String> meta = s.getMetadata().getCustomMetadata();
            if (!"garden".equals(meta.get("latente.kind"))) {
                throw new ModelException(file + ": not a Latente garden model (no latente.kind=garden metadata)");
            }
            if (!GardenGraph.FORMAT.equals(meta.get("latente.format"))) {
                throw new ModelException(file + ": garden format " + meta.get("latente.format") + ", this Latente reads format "
                        + GardenGraph.FORMAT + "; rebuild it with 'latente model build'");
            }
            List<String> families = List.of(meta.getOrDefault("latente.families", "").split(","));
            int n = Integer.parseInt(meta.getOrDefault("latente.size", "0"));
            int exemplars = Integer.parseInt(meta.getOrDefault("latente.exemplars", "0"));
            GardenLayout layout = GardenLayout.of(n, exemplars, Integer.parseInt(meta.getOrDefault("latente.factor", "1")));
            requireTensor(file, s.getInputInfo(), GardenGraph.X, new long[] {1, 3, layout.grid(), layout.grid()});
            requireTensor(file, s.getInputInfo(), GardenGraph.SIGMA, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.PATCH, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.TOPK, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.LOG_COND, new long[] {families.size()});
            requireTensor(file, s.getInputInfo(), GardenGraph.FULL, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.ACTIVE, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.GATE, new long[] {1});
            int[] exemplarFamily = java.util.Arrays.stream(meta.getOrDefault("latente.exemplar_families", "").split(","))
                    .mapToInt(Integer::parseInt).toArray();
            if (exemplarFamily.length != exemplars) throw new ModelException(file + ": latente.exemplar_families has "
                    + exemplarFamily.length + " entries for " + exemplars + " exemplars");
            requireTensor(file, s.getOutputInfo(), GardenGraph.DENOISED, new long[] {1, 3, -1, -1});
            return new GardenModel(name, s, layout, families, exemplarFamily, o);
        } catch (ModelException | RuntimeException e) {
            closeQuietly(s);
            if (e instanceof ModelException me) throw me;
            throw new ModelException(file + ": bad garden metadata (" + e.getMessage() + ")", e);
        } catch (OrtException e) {
            closeQuietly(s);
            throw new ModelException(file + ": " + e.getMessage(), e);
        }
    }

    private static void requireTensor(Path file, Map<String, NodeInfo> info, String tensor, long[] shape) throws ModelException {
        NodeInfo ni = info.get(tensor);
        if (ni == null) {
            throw new ModelException(file + ": tensor '" + tensor + "' missing (model has " + info.keySet() + ")");
        }
        if (!(ni.getInfo() instanceof TensorInfo ti) || !shapeMatches(ti.getShape(), shape)) {
            throw new ModelException(file + ": tensor '" + tensor + "' has shape " + ni.getInfo() + ", expected " + Arrays.toString(shape));
        }
    }

    /** Equal shapes, where -1 in {@code want} accepts any size (both branches of the output If). */
    private static boolean shapeMatches(long[] got, long[] want) {
        if (got.length != want.length) return false;
        for (int i = 0; i < got.length; i++) {
            if (want[i] != -1 && got[i] != want[i]) return false;
        }
        return true;
    }

    @Override public String name() { return name; }
    @Override public int width() { return n; }
    @Override public int height() { return n; }
    @Override public int noiseLength() { return 3 * n * n; }
    @Override public List<String> vocabulary() { return families; }

    public GardenLayout layout() {
        return layout;
    }

    public FamilyPrompt prompt() {
        return prompt;
    }

    @Override
    public void generate(Request r, float[] rgbOut) throws ModelException {
        if (r.noise().length != noiseLength()) {
            throw new ModelException(name + ": noise has " + r.noise().length + " values, expected " + noiseLength());
        }
        if (r.init() != null && r.init().length != n * n * 3) {
            throw new ModelException(name + ": image-to-image source has " + r.init().length + " values, expected "
                    + (n * n * 3) + " (" + n + "x" + n + " RGB)");
        }
        prompt.logWeights(r.conditioning(), logCond);
        boolean gate = r.init() == null;
        int active = gate ? activeCount(logCond) : Math.min(GardenLayout.MAX_ACTIVE, exemplarFamily.length);
        double start = r.init() == null ? SIGMA_MAX : startSigma(r.strength());
        double[] sig = KarrasSchedule.sigmas(r.steps(), start, SIGMA_MIN);
        // The graph sees x only through its f×f block means, and the Euler update is linear, so
        // the sampler runs on the grid; only the last step renders full resolution.
        pool(r.noise(), (float) sig[0], r.init());
        int last = sig.length - 1;
        for (int k = 0; k < last; k++) {
            denoise(x, (float) sig[k], layout.patch(sig[k]), Math.min(active, layout.topK(sig[k])), active, gate, logCond, false, d);
            float ratio = (float) (sig[k + 1] / sig[k]);
            for (int i = 0; i < x.length; i++) x[i] = d[i] + ratio * (x[i] - d[i]);
        }
        denoise(x, (float) sig[last], layout.patch(sig[last]), Math.min(active, layout.topK(sig[last])), active, gate, logCond, true, d);
        int plane = n * n;
        for (int p = 0; p < plane; p++) {
            for (int ch = 0; ch < 3; ch++) {
                float v = (d[ch * plane + p] + 1) * 0.5f;
                rgbOut[p * 3 + ch] = v < 0 ? 0 : v > 1 ? 1 : v;
            }
        }
    }

    /**
     * How many exemplars the index keeps per step when the prompt gates it (every keyframe but
     * image to image, which may use any exemplar): those of the families the prompt weighs
     * (more than 1% of the top family's weight), at most {@link GardenLayout#MAX_ACTIVE}.
     */
    public int activeCount(float[] logWeights) {
        float top = -Float.MAX_VALUE;
        for (float w : logWeights) top = Math.max(top, w);
        int count = 0;
        for (int fam : exemplarFamily) {
            if (logWeights[fam] > top + (float) Math.log(0.01)) count++;
        }
        return Math.max(1, Math.min(GardenLayout.MAX_ACTIVE, count));
    }

    /** x ← f×f block means of σ·noise (planar) + init (interleaved [0,1] → [-1,1]), on the grid. */
    private void pool(float[] noise, float sigma, float[] init) {
        java.util.Arrays.fill(x, 0);
        float scale = 1f / (f * f);
        for (int ch = 0; ch < 3; ch++) {
            for (int yy = 0; yy < n; yy++) {
                int row = ch * g * g + (yy / f) * g;
                for (int xx = 0; xx < n; xx++) {
                    float v = noise[ch * n * n + yy * n + xx] * sigma;
                    if (init != null) v += init[(yy * n + xx) * 3 + ch] * 2 - 1;
                    x[row + xx / f] += v * scale;
                }
            }
        }
    }

    /**
     * Image-to-image start level: geometric between σ_min (strength 0: keep) and σ_max
     * (strength 1: ignore the image), so equal strength steps feel equally strong.
     */
    public static double startSigma(float strength) {
        return SIGMA_MIN * Math.pow(SIGMA_MAX / SIGMA_MIN, strength);
    }

    /**
     * One denoiser evaluation D(x, σ): {@code in} is the noisy image on the grid (planar [3,g,g]);
     * {@code out} receives planar [3,n,n] when {@code full}, else planar [3,g,g].
     */
    public void denoise(float[] in, float sigma, int patch, int topk, int active, boolean gate, float[] logCondition,
                        boolean full, float[] out)
            throws ModelException {
        xBuf.clear();
        xBuf.put(in, 0, 3 * g * g).flip();
        try (OnnxTensor tx = OnnxTensor.createTensor(env, xBuf, new long[] {1, 3, g, g});
             OnnxTensor tf = OnnxTensor.createTensor(env, new boolean[] {full});
             OnnxTensor tg = OnnxTensor.createTensor(env, new boolean[] {gate});
             OnnxTensor ts = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {sigma}), new long[] {1});
             OnnxTensor tp = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {patch}), new long[] {1});
             OnnxTensor tk = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {topk}), new long[] {1});
             OnnxTensor ta = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {active}), new long[] {1});
             OnnxTensor tc = OnnxTensor.createTensor(env, FloatBuffer.wrap(logCondition), new long[] {logCondition.length});
             OrtSession.Result res = session.run(Map.of(GardenGraph.X, tx, GardenGraph.SIGMA, ts, GardenGraph.PATCH, tp,
                     GardenGraph.TOPK, tk, GardenGraph.LOG_COND, tc, GardenGraph.FULL, tf, GardenGraph.ACTIVE, ta, GardenGraph.GATE, tg))) {
            FloatBuffer result = ((OnnxTensor) res.get(0)).getFloatBuffer();
            result.get(out, 0, result.remaining());
        } catch (OrtException e) {
            throw new ModelException(name + ": denoiser failed (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException e) {
            // Closing only frees native memory; nothing useful to report.
        }
    }
}
