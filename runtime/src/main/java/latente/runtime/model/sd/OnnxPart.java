package latente.runtime.model.sd;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * One ONNX file of the directory, loaded in ONNX Runtime, with checks that name the file and
 * tensor when the model is not what the pipeline expects. OrtSession.run is thread-safe, so one
 * part may serve several callers; {@link #close} must come after the last run.
 */
final class OnnxPart implements AutoCloseable {
    final Path file;
    final OrtSession session;
    private final Map<String, NodeInfo> inputs;
    private final Map<String, NodeInfo> outputs;

    private OnnxPart(Path file, OrtSession session) throws OrtException {
        this.file = file;
        this.session = session;
        this.inputs = session.getInputInfo();
        this.outputs = session.getOutputInfo();
    }

    static OnnxPart load(OrtEnvironment env, Path file, OrtSession.SessionOptions options) throws SdModelException {
        OrtSession s;
        try {
            s = env.createSession(file.toString(), options);
        } catch (OrtException e) {
            String m = firstLine(e.getMessage());
            // ONNX Runtime reports a failed native allocation as a plain error; say what it means
            if (m.toLowerCase(java.util.Locale.ROOT).contains("alloc")) {
                throw new SdModelException(file + ": not enough memory to load it (" + m + ")", e);
            }
            throw new SdModelException(file + ": not a loadable ONNX model (" + m + ")", e);
        } catch (OutOfMemoryError e) {
            throw new SdModelException(file + ": not enough memory to load it", e);
        }
        try {
            return new OnnxPart(file, s);
        } catch (OrtException e) {
            closeQuietly(s);
            throw new SdModelException(file + ": cannot read its inputs and outputs (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    boolean hasInput(String name) {
        return inputs.containsKey(name);
    }

    boolean hasOutput(String name) {
        return outputs.containsKey(name);
    }

    Iterable<String> outputNames() {
        return outputs.keySet();
    }

    /** The declared tensor info of input {@code name}, which must exist and have the given rank (-1: any). */
    TensorInfo input(String name, int rank) throws SdModelException {
        NodeInfo n = inputs.get(name);
        if (n == null) throw new SdModelException(file + ": has no input '" + name + "' (inputs: " + inputs.keySet() + ")");
        return tensorInfo(n, rank, "input");
    }

    TensorInfo output(String name, int rank) throws SdModelException {
        NodeInfo n = outputs.get(name);
        if (n == null) throw new SdModelException(file + ": has no output '" + name + "' (outputs: " + outputs.keySet() + ")");
        return tensorInfo(n, rank, "output");
    }

    private TensorInfo tensorInfo(NodeInfo n, int rank, String kind) throws SdModelException {
        if (!(n.getInfo() instanceof TensorInfo)) throw new SdModelException(file + ": " + kind + " '" + n.getName() + "' is not a tensor");
        TensorInfo t = (TensorInfo) n.getInfo();
        if (rank >= 0 && t.getShape().length != rank) {
            throw new SdModelException(file + ": " + kind + " '" + n.getName() + "' has shape " + Arrays.toString(t.getShape())
                    + ", expected rank " + rank);
        }
        return t;
    }

    /** Fails unless a static dimension {@code axis} of {@code name} is {@code want} (dynamic dims pass). */
    void requireDim(TensorInfo t, String name, int axis, long want, String meaning) throws SdModelException {
        long d = t.getShape()[axis];
        if (d > 0 && d != want) {
            throw new SdModelException(file + ": tensor '" + name + "' has shape " + Arrays.toString(t.getShape())
                    + " but " + meaning + " needs " + want + " at axis " + axis);
        }
    }

    /** Runs the model and returns the named output as floats; inputs are closed by the caller. */
    float[] run(Map<String, OnnxTensor> in, String outputName) throws SdModelException {
        try (OrtSession.Result r = session.run(in, java.util.Set.of(outputName))) {
            OnnxValue v = r.get(outputName).orElseThrow();
            return Tensors.read((OnnxTensor) v, file + ": output '" + outputName + "'");
        } catch (OrtException e) {
            throw new SdModelException(file + ": run failed (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** Runs the model and returns several named outputs as floats, in the order asked. */
    float[][] run(Map<String, OnnxTensor> in, String... outputNames) throws SdModelException {
        try (OrtSession.Result r = session.run(in, new java.util.LinkedHashSet<>(Arrays.asList(outputNames)))) {
            float[][] out = new float[outputNames.length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Tensors.read((OnnxTensor) r.get(outputNames[i]).orElseThrow(), file + ": output '" + outputNames[i] + "'");
            }
            return out;
        } catch (OrtException e) {
            throw new SdModelException(file + ": run failed (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** "unet/model.onnx: sample FLOAT[-1,4,-1,-1], ... -> out_sample FLOAT[...]" (-1: dynamic). */
    String describe(Path root) {
        StringBuilder b = new StringBuilder(root.relativize(file).toString()).append(": ");
        appendAll(b, inputs);
        b.append(" -> ");
        appendAll(b, outputs);
        return b.toString();
    }

    private static void appendAll(StringBuilder b, Map<String, NodeInfo> infos) {
        boolean first = true;
        for (NodeInfo n : infos.values()) {
            if (!first) b.append(", ");
            first = false;
            b.append(n.getName()).append(' ');
            if (n.getInfo() instanceof TensorInfo) {
                TensorInfo t = (TensorInfo) n.getInfo();
                b.append(t.type).append(Arrays.toString(t.getShape()).replace(" ", ""));
            } else {
                b.append(n.getInfo());
            }
        }
    }

    static String firstLine(String s) {
        if (s == null) return "no detail";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException ignored) {
            // closing a half-made session: nothing more to report than the original error
        }
    }

    @Override
    public void close() {
        closeQuietly(session);
    }
}
