package latente.runtime.model.garden;

import java.util.List;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Tensor;

/**
 * The last stage of the garden graph: blend each cell's k kept candidates, either at full
 * resolution (their f×f pixel blocks from the bank, for the keyframe) or on the matching grid
 * (their block means, for intermediate steps). The grid result is exactly the f×f average of the
 * full one, and the graph only ever looks at x through that average, so every step but the last
 * can stay on the grid.
 */
final class GardenOutput {
    private GardenOutput() {}

    /** If(full) → [1,3,n,n] else [1,3,g,g]; w and candK are [g*g, k]. */
    static String denoised(GraphBuilder b, String full, String w, String candK, String bankF, String cand, GardenLayout l) {
        int n = l.size(), f = l.factor(), g = l.grid(), gp = l.paddedGrid(), c = l.candidates();
        String wk = b.op("Unsqueeze", w, b.int64s(-1));                                              // [g*g, k, 1]
        long[] padCells = new long[g * g];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) padCells[i * g + j] = (long) i * gp + j;
        }

        GraphBuilder fine = b.subgraph("full");
        long[] base = new long[c];
        for (int i = 0; i < c; i++) base[i] = l.blockOffset(i);
        String rows = fine.op("Add", fine.op("Gather", fine.int64s(base), candK),
                fine.constant(Tensor.int64s(null, new long[] {(long) g * g, 1}, padCells)));
        String blocks = fine.op("ReduceSum", List.of(fine.op("Mul", fine.op("Gather", bankF, rows), wk), fine.int64s(1)),
                Attribute.of("keepdims", 0L));                                                       // [g*g, 3ff]
        String planar = fine.op("Transpose", List.of(fine.op("Reshape", blocks, fine.int64s(g, g, 3, f, f))),
                Attribute.ints("perm", 2, 0, 3, 1, 4));
        fine.output(fine.op("Reshape", planar, fine.int64s(1, 3, n, n)), "full_out", DataType.FLOAT, 1, 3, n, n);

        // On the grid: GatherElements over the candidate axis of the block means [C, 3, g*g] with
        // indices [k, 3, g*g], then a sum over the leading k axis (ONNX Runtime's Gather of rows of
        // 3 floats and ReduceSum over a middle axis were three times slower).
        GraphBuilder coarse = b.subgraph("grid");
        String candFlat = coarse.op("Reshape", cand, coarse.int64s(c, 3, (long) g * g));
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
