package latente.runtime.model.garden;

/**
 * How much a picture shows the matching grid: gradient energy between pixels at each phase of
 * the grid (the step from column x to x+1 has phase x mod f, likewise for rows), and the ratio of
 * the strongest phase to the mean of the others. 1.0 means the grid leaves no trace; hard cell
 * edges give a phase whose steps are several times stronger. Phases rather than only the cell
 * edges, so artefacts on any line of the grid (cell edges or cell centres) count.
 */
public final class SeamMeasure {
    private SeamMeasure() {}

    /** @param rgb interleaved RGB, n×n; @param f grid cell side in pixels (1: no grid, ratio 1) */
    public static double ratio(float[] rgb, int n, int f) {
        if (f <= 1) return 1.0;
        double[] energy = new double[f];
        long[] count = new long[f];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int p = (y * n + x) * 3;
                if (x + 1 < n) {
                    energy[x % f] += step(rgb, p, p + 3);
                    count[x % f]++;
                }
                if (y + 1 < n) {
                    energy[y % f] += step(rgb, p, p + 3 * n);
                    count[y % f]++;
                }
            }
        }
        double worst = 0;
        for (int phase = 0; phase < f; phase++) {
            double others = 0;
            long othersCount = 0;
            for (int o = 0; o < f; o++) {
                if (o == phase) continue;
                others += energy[o];
                othersCount += count[o];
            }
            double mine = energy[phase] / count[phase], rest = others / othersCount;
            worst = Math.max(worst, rest == 0 ? (mine == 0 ? 1 : Double.POSITIVE_INFINITY) : mine / rest);
        }
        return worst;
    }

    private static double step(float[] rgb, int a, int b) {
        double s = 0;
        for (int c = 0; c < 3; c++) {
            double d = rgb[a + c] - rgb[b + c];
            s += d * d;
        }
        return s;
    }
}
