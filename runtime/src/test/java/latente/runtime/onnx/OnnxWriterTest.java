package latente.runtime.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Graphs written by our encoder, loaded and run by the real ONNX Runtime. */
class OnnxWriterTest {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    @Test
    void matMulAddOverDequantizedInt8WeightsWithSymbolicBatch() throws Exception {
        GraphBuilder g = new GraphBuilder("affine");
        String x = g.input("x", DataType.FLOAT, "batch", 3);
        // weights int8 [3,2] = q * 0.5 - zero point 1
        String w = g.dequantize(Tensor.int8s("w_q", new long[] {3, 2}, (byte) 3, (byte) -1, (byte) 1, (byte) 5, (byte) -7, (byte) 1),
                0.5f, (byte) 1);
        String y = g.op("Add", g.op("MatMul", x, w), g.floats(10f, -10f));
        g.output(y, "y", DataType.FLOAT, "batch", 2);
        byte[] bytes = new Model(g.build()).metadata("family", "moss").toBytes();

        try (OrtSession s = ENV.createSession(bytes, new OrtSession.SessionOptions());
             OnnxTensor in = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(new float[] {1, 2, 3, -1, 0, 1}), new long[] {2, 3});
             OrtSession.Result r = s.run(Map.of("x", in))) {
            float[][] out = (float[][]) r.get(0).getValue();
            // dequantized w = [[1,-1],[0,2],[-4,0]]
            assertArrayEquals(new float[] {1 + 0 - 12 + 10, -1 + 4 + 0 - 10}, out[0], 1e-6f);
            assertArrayEquals(new float[] {-1 + 0 - 4 + 10, 1 + 0 + 0 - 10}, out[1], 1e-6f);
            assertEquals("moss", s.getMetadata().getCustomMetadata().get("family"));
            assertEquals(List.of("x"), List.copyOf(s.getInputNames()));
        }
    }

    @Test
    void attributesOfEveryCommonKind() throws Exception {
        GraphBuilder g = new GraphBuilder("attrs");
        String x = g.input("x", DataType.FLOAT, 2, 3);
        String t = g.op("Transpose", List.of(x), Attribute.ints("perm", 1, 0));                 // ints
        String gemm = g.op("Gemm", List.of(t, g.constant(Tensor.floats("eye", new long[] {2, 2}, 1, 0, 0, 1))),
                Attribute.of("alpha", 2f));                                                        // float
        String c = g.op("Constant", List.of(), Attribute.of("value", Tensor.floats(null, new long[] {3, 1}, 1, 2, 3))); // tensor
        String cat = g.op("Concat", List.of(gemm, c), Attribute.of("axis", 1L));                 // int
        String half = g.op("Cast", List.of(cat), Attribute.of("to", (long) DataType.FLOAT16.code));
        String back = g.op("Cast", List.of(half), Attribute.of("to", (long) DataType.FLOAT.code));
        String pooled = g.op("AveragePool", List.of(g.op("Reshape", back, g.int64s(1, 1, 3, 3))),
                Attribute.ints("kernel_shape", 3, 3), Attribute.of("auto_pad", "SAME_UPPER"), // string
                Attribute.of("count_include_pad", 0L));
        g.output(cat, "cat", DataType.FLOAT, 3, 3);
        g.output(pooled, "pooled", DataType.FLOAT, 1, 1, 3, 3);

        try (OrtSession s = ENV.createSession(new Model(g.build()).toBytes(), new OrtSession.SessionOptions());
             OnnxTensor in = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(new float[] {1, 2, 3, 4, 5, 6}), new long[] {2, 3});
             OrtSession.Result r = s.run(Map.of("x", in))) {
            float[][] out = (float[][]) r.get("cat").get().getValue();
            assertArrayEquals(new float[] {2, 8, 1}, out[0]);
            assertArrayEquals(new float[] {4, 10, 2}, out[1]);
            assertArrayEquals(new float[] {6, 12, 3}, out[2]);
            float[][][][] p = (float[][][][]) r.get("pooled").get().getValue();
            assertEquals((2 + 8 + 4 + 10) / 4f, p[0][0][0][0], 1e-6f);   // corner: four valid cells
        }
    }

    @Test
    void halfPrecisionInitializersRoundTrip() throws Exception {
        GraphBuilder g = new GraphBuilder("half");
        String h = g.constant(Tensor.halfs("h", new long[] {4}, 1f, -2.5f, 65504f, 1e-5f));
        g.output(g.op("Cast", List.of(h), Attribute.of("to", 1L)), "y", DataType.FLOAT, 4);
        try (OrtSession s = ENV.createSession(new Model(g.build()).toBytes(), new OrtSession.SessionOptions());
             OrtSession.Result r = s.run(Map.of())) {
            float[] y = (float[]) r.get(0).getValue();
            assertArrayEquals(new float[] {1f, -2.5f, 65504f, Half.toFloat(Half.fromFloat(1e-5f))}, y);
            assertEquals(1e-5f, y[3], 1e-7f);
        }
    }

    @Test
    void graphAttributesGiveIfItsBranches() throws Exception {
        GraphBuilder then = new GraphBuilder("then");
        then.output(then.floats(1f), "r", DataType.FLOAT, 1);
        GraphBuilder other = new GraphBuilder("else");
        other.output(other.floats(-1f), "r2", DataType.FLOAT, 1);
        GraphBuilder g = new GraphBuilder("branch");
        String c = g.input("c", DataType.BOOL);
        g.output(g.op("If", List.of(c), Attribute.of("then_branch", then.build()), Attribute.of("else_branch", other.build())),
                "y", DataType.FLOAT, 1);
        try (OrtSession s = ENV.createSession(new Model(g.build()).toBytes(), new OrtSession.SessionOptions());
             OnnxTensor yes = OnnxTensor.createTensor(ENV, true);
             OrtSession.Result r = s.run(Map.of("c", yes))) {
            assertArrayEquals(new float[] {1f}, (float[]) r.get(0).getValue());
        }
    }

    @Test
    void tensorSizeMismatchIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.floats("bias", new long[] {3}, 1f, 2f));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("bias"));
    }
}
