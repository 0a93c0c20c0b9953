package latente.runtime.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
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
     * Session options: full graph optimisation (constant folding turns the dequantized bank into
     * fp32 once, at load), the thread count, and CUDA when asked and present — otherwise CPU with
     * one notice.
     */
    public static OrtSession.SessionOptions options(ModelOptions o) throws OrtException {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        so.setIntraOpNumThreads(o.effectiveThreads());
        so.setInterOpNumThreads(1);
        // Let constant folding run DequantizeLinear on initializers (it skips them by default to
        // keep QDQ pairs for int8 kernels, which these models do not use): the bank is int8 on
        // disk and fp32 in memory, dequantized once at load instead of once per step.
        so.addConfigEntry("session.disable_quant_qdq", "1");
        // Worker threads sleep instead of spinning between operators: on a 2-core laptop the
        // spinning burns the core the render loop needs (and doubles the CPU per keyframe).
        so.addConfigEntry("session.intra_op.allow_spinning", "0");
        if (o.cuda()) {
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
    public static OrtSession open(Path file, ModelOptions o) throws ModelException {
        if (!Files.isRegularFile(file)) throw new ModelException("model file not found: " + file);
        try {
            return env().createSession(file.toString(), options(o));
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
