package latente.runtime.model.sd;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

/** Session options for the chosen provider, with the CPU fallback announced in one line. */
final class SessionSetup {
    private SessionSetup() {
    }

    /** Returns the options and whether CUDA was attached. */
    static OrtSession.SessionOptions create(OrtEnvironment env, SdOptions o, boolean[] cuda) throws SdModelException {
        try {
            OrtSession.SessionOptions s = new OrtSession.SessionOptions();
            s.setIntraOpNumThreads(o.threadCount());
            s.setInterOpNumThreads(1);
            s.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Idle pool threads would otherwise spin after each run, stealing the core left to
            // the render loop; four or five sessions take turns, so spinning buys nothing here.
            s.addConfigEntry("session.intra_op.allow_spinning", "0");
            cuda[0] = false;
            if (o.provider() == SdOptions.Provider.CPU) return s;
            if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                o.notice().accept("Stable Diffusion: running on CPU (this ONNX Runtime has no CUDA; build with -Pcuda for a GPU)");
                return s;
            }
            try {
                s.addCUDA(0);
                cuda[0] = true;
            } catch (OrtException e) {
                o.notice().accept("Stable Diffusion: CUDA unavailable (" + OnnxPart.firstLine(e.getMessage()) + "), running on CPU");
            }
            return s;
        } catch (OrtException e) {
            throw new SdModelException("ONNX Runtime session options: " + e.getMessage(), e);
        }
    }
}
