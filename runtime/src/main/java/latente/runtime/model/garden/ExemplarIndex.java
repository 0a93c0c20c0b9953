package latente.runtime.model.garden;

import java.util.List;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Tensor;

/**
 * The garden's index over exemplars: which A of the bank's E exemplars each step matches at
 * every cell (A is the {@code active} input, chosen by the sampler from the prompt: the
 * exemplars of the prompt's families, at most {@link GardenLayout#MAX_ACTIVE}).
 *
 * <p>Each exemplar is summarised by its means over a coarse index grid (at most 32² cells, one
 * row of E × 3·gi² values); the step scores every exemplar with the closed-form logit of the
 * picture's mean patch distance at this step's patch size, −(P·f)²·mean‖x̄ − μ_e‖²/(2σ²) +
 * log c(family), and keeps the A best (TopK). At high noise this ranking follows the noise itself (so seeds and walks
 * visit different exemplars, continuously); at low noise it keeps the exemplars whose layout
 * resembles the forming picture. A step then costs A × shifts candidates per cell whatever the
 * bank's size, which lets a model hold hundreds of images.
 */
final class ExemplarIndex {
    /** Index grid side at most this many cells. */
    static final int MAX_INDEX_GRID = 32;

    private ExemplarIndex() {}

    /** Cells per side of the index grid: the largest divisor of the matching grid up to 32. */
    static int indexGrid(GardenLayout l) {
        int g = l.grid(), gi = Math.min(g, MAX_INDEX_GRID);
        while (g % gi != 0) gi--;
        return gi;
    }

    /** The chosen exemplars' indices [A] (best first). */
    static String select(GraphBuilder b, String x, String patchScale, String condAll, String active, String gate,
                         ExemplarBank bank, GardenLayout l) {
        int g = l.grid(), gi = indexGrid(l), q = g / gi, e = l.exemplars(), f = l.factor();
        float[] rows = rows(bank, l, gi);
        float[] norms = new float[e];
        for (int i = 0; i < e; i++) {
            for (int j = 0; j < 3 * gi * gi; j++) norms[i] += rows[i * 3 * gi * gi + j] * rows[i * 3 * gi * gi + j];
        }
        String xi = q == 1 ? x : b.op("AveragePool", List.of(x), Attribute.ints("kernel_shape", q, q), Attribute.ints("strides", q, q));
        String flat = b.op("Reshape", xi, b.int64s(1, 3L * gi * gi));
        String meansT = b.constant(Tensor.floats(null, new long[] {3L * gi * gi, e}, transpose(rows, e, 3 * gi * gi)));
        String dot = b.op("MatMul", flat, meansT);                                                   // [1,E]
        String dist = b.op("Add", b.op("Mul", dot, b.scalar(-2f)), b.floats(norms));                 // ‖μ‖² − 2⟨x̄, μ⟩
        // The step's own patch size and prior: the mean distance per index cell, scaled to the
        // pixels of a P×P patch, so the prompt outweighs the noise at high σ as it does in each
        // cell's softmax. With {@code gate} the prompt also rules at low σ, where the coarse
        // whole-picture match would let look-alikes of other families in; without it (image to
        // image) the picture decides, so a weak strength keeps its source's materials.
        String perCell = b.op("Mul", dist, b.scalar(1f / (gi * gi)));
        String floor = b.op("Add", b.op("ReduceMax", List.of(condAll), Attribute.of("keepdims", 1L)), b.scalar((float) Math.log(0.01)));
        String outside = b.op("And", b.op("Less", condAll, floor), gate);
        String penalty = b.op("Mul", b.op("Cast", List.of(outside), Attribute.of("to", 1L)), b.scalar(-1e30f));
        String logits = b.op("Add", b.op("Add", b.op("Mul", perCell, patchScale), condAll), penalty);
        List<String> top = b.ops("TopK", 2, List.of(logits, active), Attribute.of("axis", -1L));
        return b.op("Reshape", top.get(1), b.int64s(-1));
    }

    /** Each exemplar's means over the index grid (its own pixels, unshifted): [E, 3·gi·gi]. */
    static float[] rows(ExemplarBank bank, GardenLayout l, int gi) {
        int n = l.size(), cell = n / gi, e = bank.count();
        float[] out = new float[e * 3 * gi * gi];
        for (int i = 0; i < e; i++) {
            float[] im = bank.images().get(i);
            for (int ch = 0; ch < 3; ch++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        out[((i * 3 + ch) * gi + y / cell) * gi + x / cell] += im[ch * n * n + y * n + x] / (cell * cell);
                    }
                }
            }
        }
        return out;
    }

    private static float[] transpose(float[] m, int rows, int cols) {
        float[] t = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) t[c * rows + r] = m[r * cols + c];
        }
        return t;
    }
}
