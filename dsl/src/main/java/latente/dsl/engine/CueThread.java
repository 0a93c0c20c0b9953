package latente.dsl.engine;

import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where work that must not happen on the asking thread goes: scene changes asked for outside an
 * evaluation while live (cues from handlers, OSC), and messages from threads that must never wait
 * for a terminal (render, control, I/O). One daemon thread with a bounded queue: in a flood the
 * oldest requests are dropped (the newest cue is the one that matters). Offline everything runs
 * at once on the caller, so the order of messages and changes is exact and deterministic.
 *
 * <p>Also keeps the newest error for the HUD and the REPL prompt (never the audience output).
 * Thread contract: every method may be called from any thread.
 */
final class CueThread {
    private final PrintStream messages;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64), r -> {
                Thread t = new Thread(r, "latente-cue");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());
    private volatile boolean live;
    private volatile String lastError;
    /** Problems reported so far (guarded by this), so an evaluation's success clears only older ones. */
    private long reports;

    CueThread(PrintStream messages) {
        this.messages = messages;
    }

    void goLive() {
        live = true;
    }

    boolean live() {
        return live;
    }

    /** Live: runs {@code task} on the cue thread; offline: runs it now. */
    void run(Runnable task) {
        if (live) executor.execute(task);
        else task.run();
    }

    /** Runs {@code task} on the cue thread even offline (it never blocks the caller). */
    void later(Runnable task) {
        executor.execute(task);
    }

    /** Prints a message for the performer without making the calling thread wait for a terminal. */
    void say(String message) {
        if (!live) {
            messages.println(message);
            return;
        }
        try {
            executor.execute(() -> messages.println(message));
        } catch (RejectedExecutionException e) {
            messages.println(message);
        }
    }

    /** A problem: becomes the newest error and is said. */
    void report(String message) {
        synchronized (this) {
            lastError = message;
            reports++;
        }
        say(message);
    }

    /** How many problems have been reported; a mark for {@link #clearErrorUnlessReportedSince}. */
    synchronized long reports() {
        return reports;
    }

    /**
     * A successful evaluation clears the newest error, unless a problem was reported since
     * {@code mark}: a closure of the new code may already have failed on the control thread
     * while the evaluation waited for the render thread, and the performer must still see that.
     */
    synchronized void clearErrorUnlessReportedSince(long mark) {
        if (reports == mark) lastError = null;
    }

    void error(String message) {
        lastError = message;
    }

    String lastError() {
        return lastError;
    }
}
