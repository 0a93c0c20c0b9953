package latente.runtime.model.garden;

import java.util.List;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;

/** The garden graph's patch window: a box mean whose size is a graph input, via If branches. */
final class BoxFilter {
    private BoxFilter() {}

    /**
     * The P×P window mean of d0 [C,1,g,g] (zeros outside the grid count, so every candidate at a
     * cell shares one window), for every odd P the layout can ask for: nested If nodes on the
     * {@code patch} input, each branch two separable AveragePools. Only the chosen branch runs.
     */
    static String windowMean(GraphBuilder b, String d0, String patch, GardenLayout l) {
        return boxFrom(b, d0, patch, l, 1);
    }

    /** Window mean for P ≥ p, written into builder b (the outer graph or an else-branch). */
    private static String boxFrom(GraphBuilder b, String d0, String patch, GardenLayout l, int p) {
        if (p == l.maxPatch()) return pooled(b, d0, p);
        GraphBuilder then = b.subgraph("box" + p);
        then.output(pooled(then, d0, p), "box" + p + "_out", DataType.FLOAT, "candidates", 1, l.grid(), l.grid());
        GraphBuilder other = b.subgraph("box_over" + p);
        other.output(boxFrom(other, d0, patch, l, p + 2), "box_over" + p + "_out", DataType.FLOAT,
                "candidates", 1, l.grid(), l.grid());
        String isP = b.op("Equal", patch, b.int64s(p));
        return b.op("If", List.of(isP), Attribute.of("then_branch", then.build()), Attribute.of("else_branch", other.build()));
    }

    private static String pooled(GraphBuilder b, String d0, int p) {
        if (p == 1) return b.op("Identity", d0);
        int r = p / 2;
        String h = b.op("AveragePool", List.of(d0), Attribute.ints("kernel_shape", 1, p),
                Attribute.ints("pads", 0, r, 0, r), Attribute.of("count_include_pad", 1L));
        return b.op("AveragePool", List.of(h), Attribute.ints("kernel_shape", p, 1),
                Attribute.ints("pads", r, 0, r, 0), Attribute.of("count_include_pad", 1L));
    }
}
