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

    private GardenModel(String name, OrtSession session, GardenLayout layout, List<String> families, ModelOptions o) {
        this.name = name;
        this.session = session;
        this.n = layout.size();
        this.layout = layout;
        this.families = families;
        this.prompt = new FamilyPrompt(families, o.notices());
        this.xBuf = ByteBuffer.allocateDirect(3 * n * n * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        this.x = new float[3 * n * n];
        this.d = new float[3 * n * n];
        this.logCond = new float[families.size()];
    }

    /** Opens a garden .onnx file, checking it is one; errors name the file and the tensor. */
    public static GardenModel open(Path file, String name, ModelOptions o) throws ModelException {
        OrtSession s = OrtSessions.open(file, o);
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
            requireTensor(file, s.getInputInfo(), GardenGraph.X, new long[] {1, 3, n, n});
            requireTensor(file, s.getInputInfo(), GardenGraph.SIGMA, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.PATCH, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.TOPK, new long[] {1});
            requireTensor(file, s.getInputInfo(), GardenGraph.LOG_COND, new long[] {families.size()});
            requireTensor(file, s.getOutputInfo(), GardenGraph.DENOISED, new long[] {1, 3, n, n});
            return new GardenModel(name, s, layout, families, o);
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
        if (!(ni.getInfo() instanceof TensorInfo ti) || !Arrays.equals(ti.getShape(), shape)) {
            throw new ModelException(file + ": tensor '" + tensor + "' has shape " + ni.getInfo() + ", expected " + Arrays.toString(shape));
        }
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
        double start = r.init() == null ? SIGMA_MAX : startSigma(r.strength());
        double[] sig = KarrasSchedule.sigmas(r.steps(), start, SIGMA_MIN);
        int plane = n * n;
        for (int i = 0; i < x.length; i++) x[i] = (float) (r.noise()[i] * sig[0]);
        if (r.init() != null) {
            for (int p = 0; p < plane; p++) {
                for (int ch = 0; ch < 3; ch++) x[ch * plane + p] += r.init()[p * 3 + ch] * 2 - 1;
            }
        }
        for (int k = 0; k < sig.length; k++) {
            denoise(x, (float) sig[k], layout.patch(sig[k]), layout.topK(sig[k]), logCond, d);
            float ratio = k == sig.length - 1 ? 0f : (float) (sig[k + 1] / sig[k]);
            for (int i = 0; i < x.length; i++) x[i] = d[i] + ratio * (x[i] - d[i]);
        }
        for (int p = 0; p < plane; p++) {
            for (int ch = 0; ch < 3; ch++) {
                float v = (x[ch * plane + p] + 1) * 0.5f;
                rgbOut[p * 3 + ch] = v < 0 ? 0 : v > 1 ? 1 : v;
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

    /** One denoiser evaluation D(x, σ) into out (planar [3,n,n]). */
    public void denoise(float[] in, float sigma, int patch, int topk, float[] logCondition, float[] out) throws ModelException {
        xBuf.clear();
        xBuf.put(in).flip();
        try (OnnxTensor tx = OnnxTensor.createTensor(env, xBuf, new long[] {1, 3, n, n});
             OnnxTensor ts = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {sigma}), new long[] {1});
             OnnxTensor tp = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {patch}), new long[] {1});
             OnnxTensor tk = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {topk}), new long[] {1});
             OnnxTensor tc = OnnxTensor.createTensor(env, FloatBuffer.wrap(logCondition), new long[] {logCondition.length});
             OrtSession.Result res = session.run(Map.of(GardenGraph.X, tx, GardenGraph.SIGMA, ts, GardenGraph.PATCH, tp,
                     GardenGraph.TOPK, tk, GardenGraph.LOG_COND, tc))) {
            ((OnnxTensor) res.get(0)).getFloatBuffer().get(out);
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
