package latente.bench.record;

import latente.dsl.engine.OfflineRender;
import latente.render.readback.RecordingTap;

/**
 * A minimal live loop without a window, for benchmarks and tests of live recording: draws at
 * wall-clock pace at {@code fps} and hands each frame to a {@link RecordingTap}, stamped with the
 * instant it was scheduled for (a live loop paced by vsync stamps the same way, so scheduling
 * jitter does not shift frames between recording slots). A frame that comes late is not made up
 * for; the schedule restarts from now (so the recorder sees the gap and counts it).
 * Runs on the thread that owns the {@link OfflineRender}'s context.
 */
public final class PacedLoop {
    /** What happened: frames drawn, frames that missed their time by more than one period. */
    public record Stats(long frames, long late, double seconds) {}

    private PacedLoop() {}

    public static Stats run(OfflineRender r, RecordingTap tap, double fps, double seconds, long originNanos) {
        long period = Math.round(1e9 / fps);
        long end = originNanos + Math.round(seconds * 1e9);
        long target = originNanos;
        long frames = 0;
        long late = 0;
        while (target < end) {
            long now = System.nanoTime();
            if (now < target) {
                sleepUntil(target);
                now = System.nanoTime();
            } else if (now - target > period) {
                late++;
                target = now;
            }
            double t = (now - originNanos) / 1e9;
            r.engine().advance(t);
            r.renderer().drawFrame(r.engine().time());
            tap.frame(r.renderer().finalFrame(), target);
            frames++;
            target += period;
        }
        tap.close();
        return new Stats(frames, late, (System.nanoTime() - originNanos) / 1e9);
    }

    private static void sleepUntil(long target) {
        long wait;
        while ((wait = target - System.nanoTime()) > 0) {
            if (wait > 2_000_000) {
                try {
                    Thread.sleep(wait / 1_000_000 - 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
