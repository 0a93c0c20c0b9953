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
 *           active   int64 [1]        exemplars the index keeps for this step
 *           gate     bool  [1]        true: the index keeps only the prompt's families
 *   output  denoised float [1,3,n,n] when full, else [1,3,g,g]
 * </pre>
 *
 * Matching runs on the coarse grid (x and bank averaged over the layout's f×f blocks):
 * d_c = box_P(‖φ_c‖² − 2⟨x, φ_c⟩) — the ‖x‖² term is the same for every candidate at a cell,
 * so the softmax ignores it. logits = −f²·d/(2σ²) + log c(family), f² turning block-mean
 * distances into pixel distances. Three truncations keep it fast: the index
 * ({@link ExemplarIndex}) keeps A of the bank's exemplars per step, each exemplar offers only its
 * best shift at a cell, and the softmax keeps the top k exemplars; the output blends those k
 * candidates of the four cells around each pixel ({@link GardenOutput}). No candidates ×
 * full-resolution tensor is ever built: the largest intermediate is candidates × grid², on the
 * ≤128² grid.
 *
 * <p>The bank is stored twice as int8 behind DequantizeLinear: block means on the padded
 * matching grid, one [E,gp,gp] tensor per channel, from which the shifted candidates [S,E,g,g]
 * and their norms are derived and constant-folded by ONNX Runtime at load; and full-resolution
 * f×f blocks on the dual grid [E·gd·gd, 3·f·f], gathered (still int8) by the output and only
 * then dequantized.
 */
public final class GardenGraph {
    public static final String X = "x", SIGMA = "sigma", PATCH = "patch", TOPK = "topk", LOG_COND = "log_cond", FULL = "full", ACTIVE = "active", GATE = "gate";
    public static final String DENOISED = "denoised";
    /** Bumped whenever the graph or the bank changes meaning; cached models carry it. */
    public static final String FORMAT = "13";
    public static final float QUANT_SCALE = 1f / 127f;

    private GardenGraph() {}

    /** The model for a bank at its own size; {@code int8} false stores fp32 (for size comparisons). */
    public static Model build(ExemplarBank bank, boolean int8, String name) {
        return build(bank, int8, name, GardenLayout.of(bank.size(), bank.count()));
    }

    /** The model with an explicit layout (tests use a coarse grid on small images). */
    public static Model build(ExemplarBank bank, boolean int8, String name, GardenLayout l) {
        int n = l.size(), f = l.factor(), g = l.grid(), gp = l.paddedGrid(), e = l.exemplars();
        GraphBuilder b = new GraphBuilder(name);
        String x = b.input(X, DataType.FLOAT, 1, 3, g, g);
        String sigma = b.input(SIGMA, DataType.FLOAT, 1);
        String patch = b.input(PATCH, DataType.INT64, 1);
        String topk = b.input(TOPK, DataType.INT64, 1);
        String logCond = b.input(LOG_COND, DataType.FLOAT, bank.families().size());
        String full = b.input(FULL, DataType.BOOL, 1);
        String active = b.input(ACTIVE, DataType.INT64, 1);
        String gate = b.input(GATE, DataType.BOOL, 1);

        long[] famOfExemplar = new long[e];
        for (int i = 0; i < e; i++) famOfExemplar[i] = bank.family()[i];
        String condAll = b.op("Gather", logCond, b.int64s(famOfExemplar));                       // [E]
        String sigma2 = b.op("Mul", sigma, sigma);

        // logits = −(P·f)²·mean/(2σ²) + log c(family(φ)): the window holds (P·f)² pixels, so this is
        // the pixel-level patch distance ‖x_Ω − φ‖² as measured on block means.
        String p2 = b.op("Cast", List.of(b.op("Mul", patch, patch)), Attribute.of("to", (long) DataType.FLOAT.code));
        String scale = b.op("Div", b.op("Mul", p2, b.scalar(-0.5f * f * f)), sigma2);

        // The index: which exemplars take part in this step (see ExemplarIndex).
        String act = ExemplarIndex.select(b, x, scale, condAll, active, gate, bank, l);                // [A]
        String count = b.op("Shape", act);                                                       // [1] = A

        // Candidates per channel: the block means cut into one slice per shift, [S,E,g,g], and
        // their squared norms, all constant-folded at load; each step gathers the active
        // exemplars' slices: candidate c = s·A + a, [C,g,g] per channel.
        float[] means = blockMeans(bank, l);
        String[] candCh = new String[3];
        String[] allCh = new String[3];
        String normAll = null;
        for (int ch = 0; ch < 3; ch++) {
            float[] plane = channel(means, e, ch, gp);
            long[] dims = {e, gp, gp};
            String m = int8 ? b.dequantize(Tensor.int8s("means_int8_" + ch, dims, quantize(plane)), QUANT_SCALE, (byte) 0)
                    : b.constant(Tensor.floats("means_fp32_" + ch, dims, plane));
            List<String> shifted = new ArrayList<>();
            for (int s = 0; s < l.shifts(); s++) {
                long y0 = l.radius() + l.shiftY(s), x0 = l.radius() + l.shiftX(s);
                shifted.add(b.op("Unsqueeze", b.op("Slice", m, b.int64s(y0, x0), b.int64s(y0 + g, x0 + g), b.int64s(1, 2)),
                        b.int64s(0)));
            }
            allCh[ch] = b.op("Concat", shifted, Attribute.of("axis", 0L));                        // [S,E,g,g], folded
            String sq = b.op("Mul", allCh[ch], allCh[ch]);
            normAll = normAll == null ? sq : b.op("Add", normAll, sq);
        }
        String xNeg2 = b.op("Mul", x, b.scalar(-2f));
        String cross = activeCandidates(b, normAll, act, g);                                       // ‖φ‖², [C,g,g]
        for (int ch = 0; ch < 3; ch++) {
            candCh[ch] = activeCandidates(b, allCh[ch], act, g);
            // Per-cell distance d0 = ‖φ‖² − 2⟨x, φ⟩ (the ‖x‖² term is the same for every candidate).
            String xc = b.op("Slice", xNeg2, b.int64s(ch), b.int64s(ch + 1), b.int64s(1));        // [1,1,g,g]
            cross = b.op("Add", cross, b.op("Mul", b.op("Reshape", xc, b.int64s(1, g, g)), candCh[ch]));
        }
        String d0 = b.op("Unsqueeze", cross, b.int64s(1));                                        // [C,1,g,g]
        String boxMean = b.op("Reshape", BoxFilter.windowMean(b, d0, patch, l), b.int64s(l.shifts(), -1, (long) g * g));

        // Each exemplar offers its best shift per cell (the smallest distance; the family weight is
        // the same for all its shifts), so the softmax runs over exemplars, not all candidates.
        String bestShift1 = b.op("ArgMin", List.of(boxMean), Attribute.of("axis", 0L), Attribute.of("keepdims", 1L));
        String best = b.op("Squeeze", b.op("GatherElements", List.of(boxMean, bestShift1), Attribute.of("axis", 0L)), b.int64s(0));
        String bestShift = b.op("Squeeze", bestShift1, b.int64s(0));

        String condA = b.op("Unsqueeze", b.op("Gather", condAll, act), b.int64s(1));             // [A,1]
        String logitsA = b.op("Add", b.op("Mul", best, scale), condA);                            // [A, g*g]
        String logits = b.op("Transpose", List.of(logitsA), Attribute.ints("perm", 1, 0));        // [g*g, A]
        List<String> top = b.ops("TopK", 2, List.of(logits, topk), Attribute.of("axis", -1L));
        String w = b.op("Softmax", List.of(top.get(0)), Attribute.of("axis", -1L));
        String shiftK = b.op("GatherElements", List.of(b.op("Transpose", List.of(bestShift), Attribute.ints("perm", 1, 0)),
                top.get(1)), Attribute.of("axis", 1L));
        String candK = b.op("Add", b.op("Mul", shiftK, count), top.get(1));                      // c = s·A + a

        String out = GardenOutput.denoised(b, full, w, candK, act, count, candCh, int8, bank, l);
        b.output(out, DENOISED, DataType.FLOAT, 1, 3, "height", "width");

        return new Model(b.build())
                .metadata("latente.kind", "garden")
                .metadata("latente.format", FORMAT)
                .metadata("latente.name", name)
                .metadata("latente.families", String.join(",", bank.families()))
                .metadata("latente.size", Integer.toString(n))
                .metadata("latente.exemplars", Integer.toString(e))
                .metadata("latente.candidates", Integer.toString(l.shifts() * Math.min(e, GardenLayout.MAX_ACTIVE)))
                .metadata("latente.exemplar_families", joined(famOfExemplar))
                .metadata("latente.grid", g + "x" + g)
                .metadata("latente.factor", Integer.toString(f))
                .metadata("latente.quantization", int8
                        ? "int8 per-tensor, scale 1/127, zero point 0 (DequantizeLinear)" : "none (fp32)");
    }

    /** Means of the wrap-padded bank's f×f blocks on the matching grid: [E, 3, gp, gp] row-major. */
    public static float[] blockMeans(ExemplarBank bank, GardenLayout l) {
        int n = l.size(), f = l.factor(), gp = l.paddedGrid(), pad = l.pad();
        float[] out = new float[bank.count() * 3 * gp * gp];
        int i = 0;
        for (int e = 0; e < bank.count(); e++) {
            float[] im = bank.images().get(e);
            for (int ch = 0; ch < 3; ch++) {
                for (int by = 0; by < gp; by++) {
                    for (int bx = 0; bx < gp; bx++) {
                        double sum = 0;
                        for (int y = 0; y < f; y++) {
                            int sy = Math.floorMod(by * f + y - pad, n);
                            for (int x = 0; x < f; x++) sum += im[ch * n * n + sy * n + Math.floorMod(bx * f + x - pad, n)];
                        }
                        out[i++] = (float) (sum / (f * f));
                    }
                }
            }
        }
        return out;
    }

    /** Bank images cut in f×f blocks on the dual grid (see {@link GardenLayout#dualBlocks}): [E, gd, gd, 3, f, f]. */
    public static float[] dualBank(ExemplarBank bank, GardenLayout l) {
        int n = l.size(), f = l.factor(), gd = l.dualBlocks(), start = l.phase() - 2 * f;
        float[] out = new float[bank.count() * gd * gd * 3 * f * f];
        int i = 0;
        for (int e = 0; e < bank.count(); e++) {
            float[] im = bank.images().get(e);
            for (int by = 0; by < gd; by++) {
                for (int bx = 0; bx < gd; bx++) {
                    for (int ch = 0; ch < 3; ch++) {
                        for (int y = 0; y < f; y++) {
                            int sy = Math.floorMod(by * f + y + start, n);
                            for (int x = 0; x < f; x++) {
                                out[i++] = im[ch * n * n + sy * n + Math.floorMod(bx * f + x + start, n)];
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The active exemplars' slices of a [S,E,g,g] tensor, as [S·A, g, g]. */
    private static String activeCandidates(GraphBuilder b, String all, String act, int g) {
        return b.op("Reshape", b.op("Gather", List.of(all, act), Attribute.of("axis", 1L)), b.int64s(-1, g, g));
    }

    private static String joined(long[] v) {
        StringBuilder sb = new StringBuilder();
        for (long x : v) sb.append(sb.length() == 0 ? "" : ",").append(x);
        return sb.toString();
    }

    /** One channel of [E, 3, gp, gp] means: [E, gp, gp]. */
    private static float[] channel(float[] means, int e, int ch, int gp) {
        float[] out = new float[e * gp * gp];
        for (int i = 0; i < e; i++) System.arraycopy(means, (i * 3 + ch) * gp * gp, out, i * gp * gp, gp * gp);
        return out;
    }

    static byte[] quantize(float[] v) {
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) q[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] / QUANT_SCALE)));
        return q;
    }
}
