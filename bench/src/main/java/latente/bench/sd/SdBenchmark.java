package latente.bench.sd;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.model.sd.PromptEmbedding;
import latente.runtime.model.sd.SdModelException;
import latente.runtime.model.sd.SdPipeline;

/**
 * Times a Stable Diffusion directory on this machine: prompt encoding, and whole keyframes
 * (text-to-image, fixed prompt embedding, new seed each run) for several step counts, from which
 * the cost of one UNet step and of the fixed part (VAE decode, casts) follow.
 */
public final class SdBenchmark {
    /** One measured row. */
    public record Row(int size, int steps, double msPerKeyframe) {
        public double keyframesPerSecond() {
            return 1000.0 / msPerKeyframe;
        }
    }

    private SdBenchmark() {
    }

    /** Median milliseconds of {@code runs} prompt encodings (after one warm-up). */
    public static double encodeMs(SdPipeline sd, int runs) throws SdModelException {
        sd.encode("warm up");
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sd.encode("a field of moss " + i);
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(t);
    }

    /** Median keyframe time for every size and step count (one warm-up per size). */
    public static List<Row> keyframes(SdPipeline sd, int[] sizes, int[] steps, int runs) throws SdModelException {
        PromptEmbedding e = sd.encode("a field of moss");
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            sd.generate(e, sd.noise(0, size, size), 0, steps[0], size, size);
            for (int n : steps) {
                double[] t = new double[runs];
                for (int i = 0; i < runs; i++) {
                    float[] noise = sd.noise(i + 1, size, size);
                    long start = System.nanoTime();
                    sd.generate(e, noise, i + 1, n, size, size);
                    t[i] = (System.nanoTime() - start) / 1e6;
                }
                rows.add(new Row(size, n, median(t)));
            }
        }
        return rows;
    }

    /** Least-squares slope of keyframe time over steps for one size: the cost of a UNet step. */
    public static double msPerStep(List<Row> rows, int size) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Row r : rows) {
            if (r.size() != size) continue;
            n++;
            sx += r.steps();
            sy += r.msPerKeyframe();
            sxx += (double) r.steps() * r.steps();
            sxy += r.steps() * r.msPerKeyframe();
        }
        double den = n * sxx - sx * sx;
        return den == 0 ? Double.NaN : (n * sxy - sx * sy) / den;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
