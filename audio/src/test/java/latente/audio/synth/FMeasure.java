package latente.audio.synth;

import java.util.List;

/**
 * The F-measure of detected event times against reference times, as in MIREX beat and onset
 * evaluation: each reference matches at most one detection within +-tolerance (greedy, in time
 * order); precision = matches / detections, recall = matches / references.
 */
public final class FMeasure {
    public final int references;
    public final int detections;
    public final int matches;

    private FMeasure(int references, int detections, int matches) {
        this.references = references;
        this.detections = detections;
        this.matches = matches;
    }

    /** Only events at or after {@code from} and before {@code to} seconds are counted. */
    public static FMeasure of(List<Double> reference, List<Double> detected, double tolerance, double from, double to) {
        double[] ref = reference.stream().mapToDouble(Double::doubleValue).filter(t -> t >= from && t < to).toArray();
        double[] det = detected.stream().mapToDouble(Double::doubleValue).filter(t -> t >= from && t < to).toArray();
        boolean[] used = new boolean[det.length];
        int matches = 0;
        for (double r : ref) {
            int best = -1;
            for (int j = 0; j < det.length; j++) {
                if (used[j] || Math.abs(det[j] - r) > tolerance) continue;
                if (best < 0 || Math.abs(det[j] - r) < Math.abs(det[best] - r)) best = j;
            }
            if (best >= 0) {
                used[best] = true;
                matches++;
            }
        }
        return new FMeasure(ref.length, det.length, matches);
    }

    public double precision() {
        return detections == 0 ? 0 : (double) matches / detections;
    }

    public double recall() {
        return references == 0 ? 0 : (double) matches / references;
    }

    public double value() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("F=%.3f (P=%.3f R=%.3f, %d refs, %d found)", value(), precision(), recall(), references, detections);
    }
}
