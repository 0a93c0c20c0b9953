package latente.dsl.engine;

import java.io.PrintStream;

/**
 * A progress bar with frames per second and ETA, redrawn in place on a terminal stream
 * ({@code [#########.........]  45%  540/1200 frames  23.1 frames/s  ETA 0:28}), at most four
 * times a second. Single thread.
 */
public final class Progress {
    private final PrintStream out;
    private final int total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    public Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    public void frame(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 250_000_000L) return;
        lastDraw = now;
        out.print("\r" + line(done, (now - startNanos) / 1e9));
        if (done >= total) out.println();
        out.flush();
    }

    /** The bar's text after {@code done} frames in {@code seconds}. */
    String line(int done, double seconds) {
        int width = 24;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double rate = seconds > 0 ? done / seconds : 0;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                + String.format("%3d%%  %d/%d frames  %.1f frames/s  ETA %s", total == 0 ? 100 : done * 100L / total, done, total, rate,
                eta < 0 ? "?" : eta / 60 + ":" + String.format("%02d", eta % 60));
    }
}
