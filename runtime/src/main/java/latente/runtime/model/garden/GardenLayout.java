package latente.runtime.model.garden;

/**
 * The geometry shared by the ONNX graph and the plain-Java reference: output size n, the
 * coarse matching grid (n / factor cells a side, at most about 128, so matching costs the
 * same at 256² and 512²), the shift radius in grid cells, and the full-resolution wrap padding
 * of the bank that lets shifted candidates be read with plain indices.
 *
 * <p>Candidate c = shift * exemplars + exemplar, over the shifts of {@link #shiftY}/{@link #shiftX}.
 */
public record GardenLayout(int size, int exemplars, int factor, int radius) {
    public static final int MAX_GRID = Integer.getInteger("latente.garden.grid", 128);
    public static final int RADIUS = 1;
    public static final int MAX_PATCH = 15;
    /**
     * Exemplars matched per step at most (the index picks them, see ExemplarIndex): a step costs
     * active × shifts candidates per cell, so this bounds the cost whatever the bank's size.
     */
    public static final int MAX_ACTIVE = 16;

    public static GardenLayout of(int size, int exemplars) {
        return of(size, exemplars, Math.max(1, size / MAX_GRID));
    }

    /** The layout with an explicit factor (what a model file records), reduced until it divides size. */
    public static GardenLayout of(int size, int exemplars, int factor) {
        if (size < 16 || size > 2048) throw new IllegalArgumentException("model size must be 16..2048, got " + size);
        factor = Math.max(1, factor);
        while (size % factor != 0) factor--;
        return new GardenLayout(size, exemplars, factor, RADIUS);
    }

    public int grid() {
        return size / factor;
    }

    /**
     * Candidate shifts {dy, dx} in grid cells: the cell and its four neighbours. The full 3×3
     * window costs 80% more per step and looked no different side by side.
     */
    private static final int[][] SHIFTS = {{-1, 0}, {0, -1}, {0, 0}, {0, 1}, {1, 0}};

    public int shifts() {
        return SHIFTS.length;
    }

    public int candidates() {
        return shifts() * exemplars;
    }

    /** Full-resolution wrap padding on each side. */
    public int pad() {
        return factor * radius;
    }

    /** Grid side including the wrap padding, in cells. */
    public int paddedGrid() {
        return grid() + 2 * radius;
    }

    public int shiftY(int shift) {
        return SHIFTS[shift][0];
    }

    public int shiftX(int shift) {
        return SHIFTS[shift][1];
    }

    /**
     * The output is assembled on the dual grid: dual cell I covers pixels [(I−1)f + h, If + h)
     * with h = f/2, the span between the centres of cells I−1 and I, so each of its pixels blends
     * those cells' candidates with tent weights ({@link #tent}). Dual cells 0..g cover the image.
     */
    public int phase() {
        return factor / 2;
    }

    /** Blocks per side of the dual-blocked bank: block B covers pixels [(B−2)f + h, (B−1)f + h), wrapped. */
    public int dualBlocks() {
        return grid() + 3;
    }

    /** Row of candidate c's block for dual cell (0, 0) in the dual-blocked bank [E·gd·gd, 3·f·f]. */
    public long dualOffset(int c) {
        int e = c % exemplars, s = c / exemplars, gd = dualBlocks();
        return (long) e * gd * gd + (long) (1 + shiftY(s)) * gd + (1 + shiftX(s));
    }

    /**
     * Weight of the later cell (I rather than I−1) at offset t in a dual cell: t/f, rising by
     * 1/f per pixel from the first pixel at or past cell I−1's centre, so a change from one cell's
     * candidate to the next is spread evenly over f pixel steps, one at each phase of the grid
     * (for even f this puts the ramp half a pixel past the geometric centres; a symmetric tent
     * there put half the change on the step across the cell edge, which showed as a grid).
     */
    public float tent(int t) {
        return (float) t / factor;
    }

    /** The image side the reference rule's pixel patch sizes were chosen for. */
    public static final int RULE_SIZE = 128;

    /**
     * Patch side in grid cells for noise level sigma: the reference rule
     * {@code max(3, min(15, floor(2σ + 3)) | 1)} (large at high noise, 3×3 at the end) in pixels
     * of a 128² picture, scaled with the image (a 512² picture composes like a 128² one, with
     * finer detail: windows of fixed pixel size on a big image made a fine-grained patchwork),
     * then divided by the grid factor, kept odd and at most {@link #MAX_PATCH} cells (each
     * possible size is a branch of the graph).
     */
    public int patch(double sigma) {
        int rule = Math.max(3, Math.min(15, (int) (2 * sigma + 3)) | 1);
        int pixels = rule * Math.max(1, size / RULE_SIZE);
        return Math.min(MAX_PATCH, Math.max(1, (pixels / factor) | 1));
    }

    /** The largest patch side {@link #patch} returns. */
    public int maxPatch() {
        return patch(1e9);
    }

    /**
     * How many best exemplars per cell the softmax keeps: more while noise hides the image. At
     * the last level (σ ≤ 0.1) the softmax is one-hot but for near ties, so two suffice.
     */
    public int topK(double sigma) {
        int k = sigma > 4 ? 8 : sigma > 0.5 ? 6 : sigma > 0.1 ? 4 : 2;
        return Math.min(k, exemplars);
    }
}
