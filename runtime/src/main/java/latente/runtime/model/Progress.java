package latente.runtime.model;

import java.io.PrintStream;

/**
 * A one-line progress bar on a terminal stream (stderr by convention): redrawn in place with
 * '\r' and finished with a newline. {@link #NONE} draws nothing, for tests and library use.
 * Not thread-safe: one thread advances one bar.
 */
public class Progress {
    public static final Progress NONE = new Progress(null, "", 1);
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private int total;
    private int done;
    private int drawn = -1;

    public Progress(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** Changes the total (when it becomes known late). */
    public void total(int total) {
        this.total = Math.max(1, total);
    }

    public void step() {
        done = Math.min(total, done + 1);
        draw();
    }

    public void finish() {
        done = total;
        draw();
        if (out != null) out.println();
    }

    private void draw() {
        if (out == null) return;
        int filled = done * WIDTH / total;
        if (filled == drawn && done != total) return;
        drawn = filled;
        out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
        out.flush();
    }
}
