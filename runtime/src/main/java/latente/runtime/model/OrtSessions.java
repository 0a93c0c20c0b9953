package latente.runtime.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens ONNX Runtime sessions the way every Latente model wants them. */
public final class OrtSessions {
    /** The CPU-fallback notice is said once per process, not at every model switch. */
    private static final java.util.concurrent.atomic.AtomicBoolean CPU_NOTICE_GIVEN = new java.util.concurrent.atomic.AtomicBoolean();

    private OrtSessions() {}

    public static OrtEnvironment env() {
        return OrtEnvironment.getEnvironment();
    }

    /**
     * Session options: full graph optimisation, the thread count, and CUDA when asked and
     * present — otherwise CPU with one notice.
     *
     * @param foldDequantize let constant folding run DequantizeLinear on initializers: right for
     *        the garden bank (int8 on disk, fp32 in memory, dequantized once at load); wrong for
     *        QDQ-quantized networks (int8 Stable Diffusion), whose int8 kernels need the pairs kept
     */
    public static OrtSession.SessionOptions options(ModelOptions o, boolean foldDequantize) throws OrtException {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        so.setIntraOpNumThreads(o.effectiveThreads());
        so.setInterOpNumThreads(1);
        // ONNX Runtime skips DequantizeLinear in constant folding unless QDQ handling is off.
        if (foldDequantize) so.addConfigEntry("session.disable_quant_qdq", "1");
        // Worker threads sleep instead of spinning between operators: on a 2-core laptop the
        // spinning burns the core the render loop needs (and doubles the CPU per keyframe).
        so.addConfigEntry("session.intra_op.allow_spinning", "0");
        if (o.cuda() && !OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
            if (CPU_NOTICE_GIVEN.compareAndSet(false, true)) {
                o.notices().accept("latente: the model runs on the CPU (this build has no CUDA provider; "
                        + "build with 'mvn -Pcuda package' on a machine with an NVIDIA GPU)");
            }
        } else if (o.cuda()) {
            try {
                so.addCUDA(0);
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                if (CPU_NOTICE_GIVEN.compareAndSet(false, true)) {
                    o.notices().accept("latente: CUDA not available (" + firstLine(e.getMessage()) + "); the model runs on the CPU");
                }
            }
        }
        return so;
    }

    /** Opens a model file; every failure names the file. */
    public static OrtSession open(Path file, ModelOptions o, boolean foldDequantize) throws ModelException {
        if (!Files.isRegularFile(file)) throw new ModelException("model file not found: " + file);
        try {
            return env().createSession(file.toString(), options(o, foldDequantize));
        } catch (OrtException e) {
            throw new ModelException(file + ": not a readable ONNX model (" + firstLine(e.getMessage()) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ModelException(file + ": not enough memory to load the model", e);
        }
    }

    static String firstLine(String s) {
        if (s == null) return "no detail";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
