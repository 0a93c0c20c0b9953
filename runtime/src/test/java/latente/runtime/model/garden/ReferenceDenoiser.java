package latente.runtime.model.garden;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The garden denoiser written as plain loops, straight from the formula, to check the ONNX graph:
 * d_c(cell) = mean over the P×P window of (‖φ_c‖² − 2⟨x̄, φ_c⟩) (zeros outside the grid),
 * each exemplar's best shift per cell, logits = −f²·P²·d/(2σ²) + log c(family), softmax over the top k
 * exemplars; each pixel blends the choices of the four cells around it with tent weights.
 */
final class ReferenceDenoiser {
    private final GardenLayout l;
    private final float[] means;
    private final ExemplarBank bank;
    private final boolean int8;

    /** @param int8 read the bank through the int8 round trip, to match the graph bit for bit */
    ReferenceDenoiser(GardenLayout l, ExemplarBank bank, boolean int8) {
        this.l = l;
        this.bank = bank;
        this.int8 = int8;
        this.means = GardenGraph.blockMeans(bank, l);
        if (int8) {
            for (int i = 0; i < means.length; i++) means[i] = round(means[i]);
        }
    }

    private static float round(float v) {
        return Math.max(-127, Math.min(127, Math.round(v / GardenGraph.QUANT_SCALE))) * GardenGraph.QUANT_SCALE;
    }

    /** Per cell: chosen candidates [g*g][k] and weights [g*g][k]. */
    record Choice(int[][] cand, double[][] w) { }

    Choice choose(float[] xGrid, float sigma, int patch, int topk, float[] logCond) {
        int f = l.factor(), g = l.grid(), gp = l.paddedGrid(), c = l.candidates(), e = l.exemplars(), shifts = l.shifts();
        double[][] d0 = new double[c][g * g];
        for (int cand = 0; cand < c; cand++) {
            int ex = cand % e, s = cand / e;
            for (int i = 0; i < g; i++) {
                for (int j = 0; j < g; j++) {
                    double v = 0;
                    for (int ch = 0; ch < 3; ch++) {
                        double m = means[((ex * 3 + ch) * gp + i + 1 + l.shiftY(s)) * gp + j + 1 + l.shiftX(s)];
                        v += m * m - 2 * xGrid[ch * g * g + i * g + j] * m;
                    }
                    d0[cand][i * g + j] = v;
                }
            }
        }
        int r = patch / 2;
        int[][] chosen = new int[g * g][topk];
        double[][] weights = new double[g * g][topk];
        Integer[] order = new Integer[e];
        double[] logits = new double[e];
        int[] bestShift = new int[e];
        for (int cell = 0; cell < g * g; cell++) {
            int i = cell / g, j = cell % g;
            for (int ex = 0; ex < e; ex++) {
                double best = Double.MAX_VALUE;
                for (int s = 0; s < shifts; s++) {
                    double sum = 0;
                    for (int di = -r; di <= r; di++) {
                        for (int dj = -r; dj <= r; dj++) {
                            int ii = i + di, jj = j + dj;
                            if (ii >= 0 && ii < g && jj >= 0 && jj < g) sum += d0[s * e + ex][ii * g + jj];
                        }
                    }
                    if (sum < best) {
                        best = sum;
                        bestShift[ex] = s;
                    }
                }
                logits[ex] = -best * f * f / (2.0 * sigma * sigma) + logCond[bank.family()[ex]];
                order[ex] = ex;
            }
            Arrays.sort(order, Comparator.comparingDouble(k -> -logits[k]));
            double max = logits[order[0]], total = 0;
            for (int k = 0; k < topk; k++) total += Math.exp(logits[order[k]] - max);
            for (int k = 0; k < topk; k++) {
                weights[cell][k] = Math.exp(logits[order[k]] - max) / total;
                chosen[cell][k] = bestShift[order[k]] * e + order[k];
            }
        }
        return new Choice(chosen, weights);
    }

    /** Full-resolution D(x, σ) from the grid input, planar [3,n,n]. */
    float[] denoise(float[] xGrid, float sigma, int patch, int topk, float[] logCond) {
        Choice ch = choose(xGrid, sigma, patch, topk, logCond);
        int n = l.size(), f = l.factor(), g = l.grid(), h = l.phase(), e = l.exemplars();
        float[] out = new float[3 * n * n];
        for (int py = 0; py < n; py++) {
            int iy = Math.floorDiv(py - h, f) + 1;
            float ty = l.tent(Math.floorMod(py - h, f));
            for (int px = 0; px < n; px++) {
                int ix = Math.floorDiv(px - h, f) + 1;
                float tx = l.tent(Math.floorMod(px - h, f));
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        int ci = clamp(iy - 1 + a, g), cj = clamp(ix - 1 + b, g);
                        double wc = (a == 1 ? ty : 1 - ty) * (b == 1 ? tx : 1 - tx);
                        int cell = ci * g + cj;
                        for (int k = 0; k < ch.cand()[cell].length; k++) {
                            int cand = ch.cand()[cell][k], s = cand / e;
                            float[] im = bank.images().get(cand % e);
                            int sy = Math.floorMod(py + l.shiftY(s) * f, n), sx = Math.floorMod(px + l.shiftX(s) * f, n);
                            for (int c = 0; c < 3; c++) {
                                float v = im[c * n * n + sy * n + sx];
                                out[c * n * n + py * n + px] += (float) (wc * ch.w()[cell][k] * (int8 ? round(v) : v));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The grid output: each cell's blend of its candidates' block means, planar [3,g,g]. */
    float[] denoiseGrid(float[] xGrid, float sigma, int patch, int topk, float[] logCond) {
        Choice ch = choose(xGrid, sigma, patch, topk, logCond);
        int g = l.grid(), gp = l.paddedGrid(), e = l.exemplars();
        float[] out = new float[3 * g * g];
        for (int cell = 0; cell < g * g; cell++) {
            int i = cell / g, j = cell % g;
            for (int k = 0; k < ch.cand()[cell].length; k++) {
                int cand = ch.cand()[cell][k], s = cand / e, ex = cand % e;
                for (int c = 0; c < 3; c++) {
                    out[c * g * g + cell] += (float) (ch.w()[cell][k] * means[((ex * 3 + c) * gp + i + 1 + l.shiftY(s)) * gp + j + 1 + l.shiftX(s)]);
                }
            }
        }
        return out;
    }

    private static int clamp(int v, int g) {
        return v < 0 ? 0 : v >= g ? g - 1 : v;
    }
}
