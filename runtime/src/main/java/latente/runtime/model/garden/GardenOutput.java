package latente.runtime.model.garden;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Tensor;

/**
 * The last stage of the garden graph: blend each cell's k kept candidates, either at full
 * resolution (for the keyframe) or on the matching grid (their block means, for intermediate
 * steps).
 *
 * <p>At full resolution every pixel blends the candidates of the four cells whose centres
 * surround it, with bilinear (tent) weights, each candidate read at the pixel itself: a
 * candidate is a shifted exemplar, so it extends past its cell, and overlapping cells fade into
 * each other over one cell instead of meeting at a hard edge on the grid lines. This is the
 * closed-form denoiser's "each pixel averages the patches that cover it" with weights that
 * vary smoothly between cell centres. The grid output is each cell's own blend of block means
 * (not the block average of the tent blend): the cheap path for steps whose output only feeds
 * the next step.
 */
final class GardenOutput {
    private GardenOutput() {}

    /** If(full) → [1,3,n,n] else [1,3,g,g]; w and candK are [g*g, k]. */
    static String denoised(GraphBuilder b, String full, String w, String candK, String act, String count, String[] candCh,
                           boolean int8, ExemplarBank exemplars, GardenLayout l) {
        int n = l.size(), f = l.factor(), g = l.grid(), gd = l.dualBlocks();
        long d = g + 1;
        long[] bankDims = {(long) l.exemplars() * gd * gd, 3L * f * f};
        float[] dual = GardenGraph.dualBank(exemplars, l);
        String bank = int8 ? b.constant(Tensor.int8s("bank_int8", bankDims, GardenGraph.quantize(dual)))
                : b.constant(Tensor.floats("bank_fp32", bankDims, dual));

        GraphBuilder fine = b.subgraph("full");
        // Cells padded by one on each side (edge copies), so dual cells 0..g all have four corners.
        long[] pads = {1, 1, 0, 1, 1, 0};
        String wPad = fine.op("Pad", List.of(fine.op("Reshape", w, fine.int64s(g, g, -1)), fine.int64s(pads)),
                Attribute.of("mode", "edge"));
        // Candidate c = s·A + a is exemplar act[a] shifted by shift s: its dual block row.
        long[] shiftRow = new long[l.shifts()];
        for (int s = 0; s < shiftRow.length; s++) shiftRow[s] = l.dualOffset(s * l.exemplars());
        String exemplar = fine.op("Gather", act, fine.op("Mod", candK, count));
        String base = fine.op("Add", fine.op("Mul", exemplar, fine.int64s((long) gd * gd)),
                fine.op("Gather", fine.int64s(shiftRow), fine.op("Div", candK, count)));
        String rowPad = fine.op("Pad", List.of(fine.op("Reshape", base, fine.int64s(g, g, -1)), fine.int64s(pads)),
                Attribute.of("mode", "edge"));
        long[] dualCells = new long[(int) (d * d)];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) dualCells[(int) (i * d + j)] = (long) i * gd + j;
        }
        String dualRow = fine.constant(Tensor.int64s(null, new long[] {d, d, 1, 1}, dualCells));
        List<String> cornerRows = new ArrayList<>(), cornerW = new ArrayList<>();
        float[] tents = new float[4 * f * f];
        for (int a = 0; a < 2; a++) {
            for (int bb = 0; bb < 2; bb++) {
                String start = fine.int64s(a, bb), end = fine.int64s(a + d, bb + d), axes = fine.int64s(0, 1);
                cornerRows.add(fine.op("Unsqueeze", fine.op("Slice", rowPad, start, end, axes), fine.int64s(2)));
                cornerW.add(fine.op("Unsqueeze", fine.op("Slice", wPad, start, end, axes), fine.int64s(2)));
                int corner = a * 2 + bb;
                for (int y = 0; y < f; y++) {
                    float wy = a == 1 ? l.tent(y) : 1 - l.tent(y);
                    for (int x = 0; x < f; x++) tents[(corner * f + y) * f + x] = wy * (bb == 1 ? l.tent(x) : 1 - l.tent(x));
                }
            }
        }
        String rows = fine.op("Add", fine.op("Concat", cornerRows, Attribute.of("axis", 2L)), dualRow);   // [d,d,4,k]
        String w4 = fine.op("Concat", cornerW, Attribute.of("axis", 2L));                                  // [d,d,4,k]
        String gathered = fine.op("Gather", bank, rows);                                                   // [d,d,4,k,3ff]
        if (int8) {
            gathered = fine.op("DequantizeLinear", gathered, fine.scalar(GardenGraph.QUANT_SCALE),
                    fine.constant(Tensor.int8s(null, new long[0], (byte) 0)));
        }
        String perCorner = fine.op("ReduceSum", List.of(fine.op("Mul", gathered, fine.op("Unsqueeze", w4, fine.int64s(4))),
                fine.int64s(3)), Attribute.of("keepdims", 0L));                                           // [d,d,4,3ff]
        String shaped = fine.op("Reshape", perCorner, fine.int64s(d, d, 4, 3, (long) f * f));
        String tent = fine.constant(Tensor.floats(null, new long[] {4, 1, (long) f * f}, tents));
        String blocks = fine.op("ReduceSum", List.of(fine.op("Mul", shaped, tent), fine.int64s(2)),
                Attribute.of("keepdims", 0L));                                                             // [d,d,3,ff]
        String planar = fine.op("Transpose", List.of(fine.op("Reshape", blocks, fine.int64s(d, d, 3, f, f))),
                Attribute.ints("perm", 2, 0, 3, 1, 4));                                                    // [3,d,f,d,f]
        String image = fine.op("Reshape", planar, fine.int64s(1, 3, d * f, d * f));
        long from = f - l.phase();
        String cropped = fine.op("Slice", image, fine.int64s(from, from), fine.int64s(from + n, from + n), fine.int64s(2, 3));
        fine.output(cropped, "full_out", DataType.FLOAT, 1, 3, n, n);

        // On the grid: GatherElements over the candidate axis of the block means [C, 3, g*g] with
        // indices [k, 3, g*g], then a sum over the leading k axis (ONNX Runtime's Gather of rows of
        // 3 floats and ReduceSum over a middle axis were three times slower).
        GraphBuilder coarse = b.subgraph("grid");
        List<String> perChannel = new ArrayList<>();
        for (String cc : candCh) perChannel.add(coarse.op("Unsqueeze", cc, coarse.int64s(1)));
        String candFlat = coarse.op("Reshape", coarse.op("Concat", perChannel, Attribute.of("axis", 1L)),
                coarse.int64s(-1, 3, (long) g * g));
        String kFirst = coarse.op("Unsqueeze", coarse.op("Transpose", List.of(candK), Attribute.ints("perm", 1, 0)),
                coarse.int64s(1));                                                                   // [k, 1, g*g]
        String index = coarse.op("Expand", kFirst, coarse.int64s(1, 3, 1));                          // [k, 3, g*g]
        String picked = coarse.op("GatherElements", List.of(candFlat, index), Attribute.of("axis", 0L));
        String wFirst = coarse.op("Unsqueeze", coarse.op("Transpose", List.of(w), Attribute.ints("perm", 1, 0)),
                coarse.int64s(1));                                                                   // [k, 1, g*g]
        String means = coarse.op("ReduceSum", List.of(coarse.op("Mul", picked, wFirst), coarse.int64s(0)),
                Attribute.of("keepdims", 0L));                                                       // [3, g*g]
        coarse.output(coarse.op("Reshape", means, coarse.int64s(1, 3, g, g)), "grid_out", DataType.FLOAT, 1, 3, g, g);

        return b.op("If", List.of(full), Attribute.of("then_branch", fine.build()), Attribute.of("else_branch", coarse.build()));
    }
}
