package latente.runtime.model.sd;

import java.util.List;
import java.util.Random;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Tensor;

/**
 * A {@link GraphBuilder} for test fixtures whose weights and float inputs/outputs follow one
 * precision, the way real exports differ: fp32; fp16 (fp16 inputs, outputs and weights, computed
 * in float inside so the CPU provider has every kernel); int8 (float I/O, weights stored int8
 * behind DequantizeLinear). Weights are seeded uniform random numbers.
 */
public final class FixtureGraph {
    public enum Precision { FP32, FP16, INT8 }

    final GraphBuilder g;
    final Precision precision;
    private final Random random;

    FixtureGraph(String name, Precision precision, long seed) {
        this.g = new GraphBuilder(name);
        this.precision = precision;
        this.random = new Random(seed);
    }

    DataType ioType() {
        return precision == Precision.FP16 ? DataType.FLOAT16 : DataType.FLOAT;
    }

    /** A float graph input (declared fp16 in the fp16 variant); returns a float32 value. */
    String floatInput(String name, Object... shape) {
        String v = g.input(name, ioType(), shape);
        return precision == Precision.FP16 ? g.op("Cast", List.of(v), Attribute.of("to", (long) DataType.FLOAT.code)) : v;
    }

    /** Any-typed input cast to float (ids stay as they are: use g.input for those). */
    String castInput(String name, DataType type, Object... shape) {
        String v = g.input(name, type, shape);
        return g.op("Cast", List.of(v), Attribute.of("to", (long) DataType.FLOAT.code));
    }

    void floatOutput(String value, String name, Object... shape) {
        String v = precision == Precision.FP16 ? g.op("Cast", List.of(value), Attribute.of("to", (long) DataType.FLOAT16.code)) : value;
        g.output(v, name, ioType(), shape);
    }

    /** A weight of uniform values in [-scale, scale], stored in this precision, as a float32 value. */
    String weight(String name, double scale, long... dims) {
        int n = 1;
        for (long d : dims) n *= (int) d;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        switch (precision) {
            case FP16:
                return g.op("Cast", List.of(g.constant(Tensor.halfs(name, dims, v))), Attribute.of("to", (long) DataType.FLOAT.code));
            case INT8: {
                float step = (float) (scale / 127);
                byte[] q = new byte[n];
                for (int i = 0; i < n; i++) q[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] / step)));
                return g.dequantize(Tensor.int8s(name, dims, q), step, (byte) 0);
            }
            default:
                return g.constant(Tensor.floats(name, dims, v));
        }
    }

    String op(String type, String... in) {
        return g.op(type, in);
    }

    String op(String type, List<String> in, Attribute... a) {
        return g.op(type, in, a);
    }
}
