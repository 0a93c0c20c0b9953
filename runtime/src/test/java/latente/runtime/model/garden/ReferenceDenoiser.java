package latente.runtime.model.garden;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The garden denoiser written as plain loops, straight from the formula, to check the ONNX graph:
 * d_c(cell) = mean over the P×P window of (‖φ_c‖² − 2⟨x̄, φ_c⟩) (zeros outside the grid),
 * each exemplar's best shift per cell, logits = −f²·P²·d/(2σ²) + log c(family), softmax over the top k
 * exemplars, blend of their full-resolution blocks.
 */
final class ReferenceDenoiser {
    private final GardenLayout l;
    private final float[] blocks;
    private final int[] family;

    /** @param blocks the blocked bank (fp32, or dequantized int8 to match the graph bit for bit) */
    ReferenceDenoiser(GardenLayout l, float[] blocks, int[] family) {
        this.l = l;
        this.blocks = blocks;
        this.family = family;
    }

    float[] denoise(float[] x, float sigma, int patch, int topk, float[] logCond) {
        int n = l.size(), f = l.factor(), g = l.grid(), gp = l.paddedGrid(), c = l.candidates(), e = l.exemplars();
        int bs = 3 * f * f;
        float[][] xl = new float[3][g * g];
        for (int ch = 0; ch < 3; ch++) {
            for (int i = 0; i < g; i++) {
                for (int j = 0; j < g; j++) {
                    double s = 0;
                    for (int y = 0; y < f; y++) for (int xx = 0; xx < f; xx++) s += x[ch * n * n + (i * f + y) * n + j * f + xx];
                    xl[ch][i * g + j] = (float) (s / (f * f));
                }
            }
        }
        double[][] d0 = new double[c][g * g];
        for (int cand = 0; cand < c; cand++) {
            for (int i = 0; i < g; i++) {
                for (int j = 0; j < g; j++) {
                    int row = (int) l.blockOffset(cand) + i * gp + j;
                    double v = 0;
                    for (int ch = 0; ch < 3; ch++) {
                        double m = 0;
                        for (int q = 0; q < f * f; q++) m += blocks[row * bs + ch * f * f + q];
                        m /= f * f;
                        v += m * m - 2 * xl[ch][i * g + j] * m;
                    }
                    d0[cand][i * g + j] = v;
                }
            }
        }
        int r = patch / 2, shifts = l.shifts();
        float[] out = new float[3 * n * n];
        Integer[] order = new Integer[e];
        double[] logits = new double[e];
        int[] bestShift = new int[e];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                for (int ex = 0; ex < e; ex++) {
                    double best = Double.MAX_VALUE;
                    for (int s = 0; s < shifts; s++) {
                        int cand = s * e + ex;
                        double sum = 0;
                        for (int di = -r; di <= r; di++) {
                            for (int dj = -r; dj <= r; dj++) {
                                int ii = i + di, jj = j + dj;
                                if (ii >= 0 && ii < g && jj >= 0 && jj < g) sum += d0[cand][ii * g + jj];
                            }
                        }
                        if (sum < best) {
                            best = sum;
                            bestShift[ex] = s;
                        }
                    }
                    logits[ex] = -best * f * f / (2.0 * sigma * sigma) + logCond[family[ex]];
                    order[ex] = ex;
                }
                Arrays.sort(order, Comparator.comparingDouble(k -> -logits[k]));
                double max = logits[order[0]], total = 0;
                for (int k = 0; k < topk; k++) total += Math.exp(logits[order[k]] - max);
                for (int k = 0; k < topk; k++) {
                    double w = Math.exp(logits[order[k]] - max) / total;
                    int cand = bestShift[order[k]] * e + order[k];
                    int row = (int) l.blockOffset(cand) + i * gp + j;
                    for (int ch = 0; ch < 3; ch++) {
                        for (int y = 0; y < f; y++) {
                            for (int xx = 0; xx < f; xx++) {
                                out[ch * n * n + (i * f + y) * n + j * f + xx] += (float) (w * blocks[row * bs + ch * f * f + y * f + xx]);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
