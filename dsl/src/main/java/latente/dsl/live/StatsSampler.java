package latente.dsl.live;

import latente.dsl.engine.Engine;
import latente.render.hud.ShowStats;

/**
 * Twice a second, puts the figures that are not the render thread's into {@link ShowStats}:
 * model keyframes per second (all streams) and the recording's dropped frames. Its own daemon
 * thread, so the render thread never iterates streams or takes the recorder's lock.
 */
final class StatsSampler implements AutoCloseable {
    private static final long PERIOD_MILLIS = 500;
    private final Thread thread;
    private volatile boolean running = true;

    StatsSampler(Engine engine, ShowStats stats) {
        thread = new Thread(() -> {
            long lastKeyframes = engine.latents().keyframesMade();
            long last = System.nanoTime();
            double rate = 0;
            while (running) {
                try {
                    Thread.sleep(PERIOD_MILLIS); // a sampling period, not synchronisation
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                long k = engine.latents().keyframesMade();
                double instant = (k - lastKeyframes) / ((now - last) / 1e9);
                rate = rate == 0 ? instant : rate + (instant - rate) * 0.5;
                lastKeyframes = k;
                last = now;
                stats.sample(rate, engine.recording().droppedFrames());
            }
        }, "latente-stats");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
