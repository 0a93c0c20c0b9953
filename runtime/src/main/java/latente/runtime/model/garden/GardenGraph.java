package latente.runtime.model.garden;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Model;
import latente.runtime.onnx.Tensor;

/**
 * Writes the garden denoiser as one ONNX graph, called once per sampling step:
 *
 * <pre>
 *   inputs  x        float [1,3,g,g]  noisy image averaged over f×f blocks (the matching grid;
 *                                     planar RGB, data range [-1, 1]); g = n / f
 *           sigma    float [1]        noise level
 *           patch    int64 [1]        patch side in grid cells (odd)
 *           topk     int64 [1]        exemplars kept per grid cell
 *           log_cond float [F]        log weight of each family (the prompt)
 *           full     bool  [1]        true: full-resolution output; false: on the grid
 *   output  denoised float [1,3,n,n] when full, else [1,3,g,g]
 * </pre>
 *
 * Matching runs on the coarse grid (x and bank averaged over the layout's f×f blocks):
 * d_c = box_P(‖φ_c‖² − 2⟨x, φ_c⟩) — the ‖x‖² term is the same for every candidate at a cell,
 * so the softmax ignores it. logits = −f²·d/(2σ²) + log c(family), f² turning block-mean
 * distances into pixel distances. Two truncations keep it fast:
 * each exemplar offers only its best shift at a cell, and the softmax keeps the top k exemplars;
 * the output blends those k candidates ({@link GardenOutput}). No candidates × full-resolution
 * tensor is ever built: the largest intermediate is candidates × grid², on the ≤128² grid.
 *
 * <p>The bank is one int8 initializer behind DequantizeLinear, laid out in f×f blocks
 * [E·gp·gp, 3·f·f] (gp = padded grid side) so the output gathers whole blocks by cell index; the
 * coarse candidates are derived from it inside the graph and constant-folded by ONNX Runtime at load.
 */
public final class GardenGraph {
    public static final String X = "x", SIGMA = "sigma", PATCH = "patch", TOPK = "topk", LOG_COND = "log_cond", FULL = "full";
    public static final String DENOISED = "denoised";
    /** Bumped whenever the graph or the bank changes meaning; cached models carry it. */
    public static final String FORMAT = "12";
    public static final float QUANT_SCALE = 1f / 127f;

    private GardenGraph() {}

    /** The model for a bank at its own size; {@code int8} false stores fp32 (for size comparisons). */
    public static Model build(ExemplarBank bank, boolean int8, String name) {
        return build(bank, int8, name, GardenLayout.of(bank.size(), bank.count()));
    }

    /** The model with an explicit layout (tests use a coarse grid on small images). */
    public static Model build(ExemplarBank bank, boolean int8, String name, GardenLayout l) {
        int n = l.size(), f = l.factor(), g = l.grid(), gp = l.paddedGrid(), c = l.candidates(), e = l.exemplars();
        GraphBuilder b = new GraphBuilder(name);
        String x = b.input(X, DataType.FLOAT, 1, 3, g, g);
        String sigma = b.input(SIGMA, DataType.FLOAT, 1);
        String patch = b.input(PATCH, DataType.INT64, 1);
        String topk = b.input(TOPK, DataType.INT64, 1);
        String logCond = b.input(LOG_COND, DataType.FLOAT, bank.families().size());
        String full = b.input(FULL, DataType.BOOL, 1);

        // The bank in blocks: [E*gp*gp, 3*f*f], one row per grid cell of the wrap-padded exemplar.
        float[] blocks = blockBank(bank, l);
        long[] bankDims = {(long) e * gp * gp, 3L * f * f};
        String bankF = int8
                ? b.dequantize(Tensor.int8s("bank_int8", bankDims, quantize(blocks)), QUANT_SCALE, (byte) 0)
                : b.constant(Tensor.floats("bank_fp32", bankDims, blocks));

        // Coarse candidates [C,3,g,g]: block means, one slice per shift (constant-folded at load).
        String means = b.op("ReduceMean", List.of(b.op("Reshape", bankF, b.int64s(e, gp, gp, 3, (long) f * f))),
                Attribute.ints("axes", 4), Attribute.of("keepdims", 0L));
        String pooled = b.op("Transpose", List.of(means), Attribute.ints("perm", 0, 3, 1, 2));
        List<String> shifted = new ArrayList<>();
        for (int s = 0; s < l.shifts(); s++) {
            long y0 = l.radius() + l.shiftY(s), x0 = l.radius() + l.shiftX(s);
            shifted.add(b.op("Slice", pooled, b.int64s(y0, x0), b.int64s(y0 + g, x0 + g), b.int64s(2, 3)));
        }
        String cand = b.op("Concat", shifted, Attribute.of("axis", 0L));                     // [C,3,g,g]
        String candNorm = b.op("ReduceSumSquare", List.of(cand), Attribute.ints("axes", 1), Attribute.of("keepdims", 0L));

        // Per-cell distance d0 = ‖φ‖² − 2⟨x, φ⟩, summed channel by channel (three broadcast
        // multiply-adds beat one big Mul + ReduceSum in ONNX Runtime); the −2 scales x, the small side.
        String xNeg2 = b.op("Reshape", b.op("Mul", x, b.scalar(-2f)), b.int64s(3, 1, g, g));
        String cross = candNorm;                                                                  // [C,g,g]
        for (int ch = 0; ch < 3; ch++) {
            String index = b.constant(Tensor.int64s(null, new long[0], ch));
            String xc = b.op("Gather", List.of(xNeg2, index), Attribute.of("axis", 0L));          // [1,g,g]
            String cc = b.op("Gather", List.of(cand, index), Attribute.of("axis", 1L));           // [C,g,g], folded
            cross = b.op("Add", cross, b.op("Mul", xc, cc));
        }
        String d0 = b.op("Reshape", cross, b.int64s(c, 1, g, g));
        String boxMean = b.op("Reshape", BoxFilter.windowMean(b, d0, patch, l), b.int64s(l.shifts(), e, (long) g * g));

        // Each exemplar offers its best shift per cell (the smallest distance; the family weight is
        // the same for all its shifts), so the softmax runs over exemplars, not all candidates.
        String bestShift1 = b.op("ArgMin", List.of(boxMean), Attribute.of("axis", 0L), Attribute.of("keepdims", 1L));
        String best = b.op("Squeeze", b.op("GatherElements", List.of(boxMean, bestShift1), Attribute.of("axis", 0L)), b.int64s(0));
        String bestShift = b.op("Squeeze", bestShift1, b.int64s(0));

        // logits = −(P·f)²·mean/(2σ²) + log c(family(φ)): the window holds (P·f)² pixels, so this is
        // the pixel-level patch distance ‖x_Ω − φ‖² as measured on block means.
        String p2 = b.op("Cast", List.of(b.op("Mul", patch, patch)), Attribute.of("to", (long) DataType.FLOAT.code));
        String scale = b.op("Div", b.op("Mul", p2, b.scalar(-0.5f * f * f)), b.op("Mul", sigma, sigma));
        long[] famOfExemplar = new long[e];
        for (int i = 0; i < e; i++) famOfExemplar[i] = bank.family()[i];
        String condE = b.op("Reshape", b.op("Gather", logCond, b.int64s(famOfExemplar)), b.int64s(e, 1));
        String logitsE = b.op("Add", b.op("Mul", best, scale), condE);                             // [E, g*g]
        String logits = b.op("Transpose", List.of(logitsE), Attribute.ints("perm", 1, 0));        // [g*g, E]
        List<String> top = b.ops("TopK", 2, List.of(logits, topk), Attribute.of("axis", -1L));
        String w = b.op("Softmax", List.of(top.get(0)), Attribute.of("axis", -1L));
        String shiftK = b.op("GatherElements", List.of(b.op("Transpose", List.of(bestShift), Attribute.ints("perm", 1, 0)),
                top.get(1)), Attribute.of("axis", 1L));
        String candK = b.op("Add", b.op("Mul", shiftK, b.int64s(e)), top.get(1));                 // c = s·E + e

        String out = GardenOutput.denoised(b, full, w, candK, bankF, cand, l);
        b.output(out, DENOISED, DataType.FLOAT, 1, 3, "height", "width");

        return new Model(b.build())
                .metadata("latente.kind", "garden")
                .metadata("latente.format", FORMAT)
                .metadata("latente.name", name)
                .metadata("latente.families", String.join(",", bank.families()))
                .metadata("latente.size", Integer.toString(n))
                .metadata("latente.exemplars", Integer.toString(e))
                .metadata("latente.candidates", Integer.toString(c))
                .metadata("latente.grid", g + "x" + g)
                .metadata("latente.factor", Integer.toString(f))
                .metadata("latente.quantization", int8
                        ? "int8 per-tensor, scale 1/127, zero point 0 (DequantizeLinear)" : "none (fp32)");
    }

    /** Bank images wrap-padded by the layout's pad, cut in f×f blocks: [E, gp, gp, 3, f, f] row-major. */
    public static float[] blockBank(ExemplarBank bank, GardenLayout l) {
        int n = l.size(), f = l.factor(), gp = l.paddedGrid(), pad = l.pad();
        float[] out = new float[bank.count() * gp * gp * 3 * f * f];
        int i = 0;
        for (int e = 0; e < bank.count(); e++) {
            float[] im = bank.images().get(e);
            for (int by = 0; by < gp; by++) {
                for (int bx = 0; bx < gp; bx++) {
                    for (int ch = 0; ch < 3; ch++) {
                        for (int y = 0; y < f; y++) {
                            int sy = Math.floorMod(by * f + y - pad, n);
                            for (int x = 0; x < f; x++) {
                                out[i++] = im[ch * n * n + sy * n + Math.floorMod(bx * f + x - pad, n)];
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    static byte[] quantize(float[] v) {
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) q[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] / QUANT_SCALE)));
        return q;
    }
}
