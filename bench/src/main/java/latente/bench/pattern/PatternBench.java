package latente.bench.pattern;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import latente.runtime.pattern.MiniNotation;
import latente.runtime.pattern.Pattern;

/**
 * The cost of querying patterns once per frame, as the control thread does: for each frame, the
 * events starting in that frame's slice of cycle time ({@link Pattern#onsetsIn}) and the value
 * sounding now ({@link Pattern#valueAt}). 60 frames per second at 0.5 cycles per second (120 BPM
 * in 4/4), so a frame is 1/120 of a cycle. Prints mean and p99 in nanoseconds per query.
 */
public final class PatternBench {
    private PatternBench() {}

    /** Typical patterns, from a single alternation to a busy stacked one. */
    public static final List<String> PATTERNS = List.of(
            "<moss ember>/4",
            "0 .. 7",
            "bd(3,8) [~ sn]*2",
            "<a b c>*<2 3> [a | b | c]?",
            "[a b [c d]*2 <e f g>]*4, h(5,8,2) ~ i@2");

    public static final int FRAMES = 60_000;
    private static final double DT = 1.0 / 120;

    public static void run(PrintStream out) {
        run(out, FRAMES);
    }

    /** Measures {@code frames} frames per pattern after a warm-up of two thirds as many. */
    public static void run(PrintStream out, int frames) {
        int warmup = frames * 2 / 3;
        out.println("pattern queries per frame (60 fps, 0.5 cycles/s; " + frames + " frames measured after warm-up), ns per query");
        out.printf("%-44s %8s %8s %8s   %8s %8s %8s%n", "pattern", "onsets", "p50", "p99", "valueAt", "p50", "p99");
        // Warm every pattern up first so that the JIT has compiled the shared query code.
        for (String mini : PATTERNS) {
            Pattern<Object> p = MiniNotation.parse(mini, 1);
            measure(p, true, warmup, null);
            measure(p, false, warmup, null);
        }
        for (String mini : PATTERNS) {
            Pattern<Object> p = MiniNotation.parse(mini, 1);
            long[] onsets = new long[frames];
            long[] values = new long[frames];
            measure(p, true, frames, onsets);
            measure(p, false, frames, values);
            out.printf("%-44s %8.0f %8d %8d   %8.0f %8d %8d%n", "'" + mini + "'",
                    mean(onsets), percentile(onsets, 0.50), percentile(onsets, 0.99),
                    mean(values), percentile(values, 0.50), percentile(values, 0.99));
        }
        out.println("(onsets: events starting in the frame's slice, Pattern.onsetsIn; valueAt: value sounding now;");
        out.println(" mean includes scheduler and GC outliers, p50/p99 are per-query percentiles)");
    }

    /** Runs n frames; records each query's nanoseconds into {@code times} when given. */
    private static long measure(Pattern<Object> p, boolean onsets, int n, long[] times) {
        long sink = 0;
        for (int i = 0; i < n; i++) {
            double t = i * DT;
            long start = System.nanoTime();
            if (onsets) sink += p.onsetsIn(t, t + DT).size();
            else sink += p.valueAt(t) == null ? 0 : 1;
            long took = System.nanoTime() - start;
            if (times != null) times[i] = took;
        }
        return sink;
    }

    private static double mean(long[] xs) {
        double s = 0;
        for (long x : xs) s += x;
        return s / xs.length;
    }

    private static long percentile(long[] xs, double q) {
        long[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1))];
    }
}
