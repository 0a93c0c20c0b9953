package latente.dsl.latent;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The live model worker of a latent stream: makes keyframes as often as the stream asks (or as
 * fast as the model manages when it is slower), leaving the cores free for a share of the time
 * set by the CPU budget ({@link Latents#cpuBudget}), and retries a failing model once a second.
 * Runs on its own daemon thread; never takes the show down (reports once and stops).
 */
final class ModelWorker implements Runnable {
    private final KeyframeMaker maker;
    private final Latents latents;
    private final DoubleSupplier keyframesPerSecond;
    private final BooleanSupplier closed;
    private final Consumer<String> report;

    ModelWorker(KeyframeMaker maker, Latents latents, DoubleSupplier keyframesPerSecond, BooleanSupplier closed, Consumer<String> report) {
        this.maker = maker;
        this.latents = latents;
        this.keyframesPerSecond = keyframesPerSecond;
        this.closed = closed;
        this.report = report;
    }

    @Override
    public void run() {
        try {
            if (!maker.open()) return;
            long last = System.nanoTime();
            while (!closed.getAsBoolean()) {
                long start = System.nanoTime();
                double seconds = (start - last) / 1e9;
                last = start;
                if (!maker.keyframe(seconds, -1)) {
                    LockSupport.parkNanos(1_000_000_000L); // a failing model: try again in a second, quietly
                    continue;
                }
                latents.keyframeMade();
                double kps = keyframesPerSecond.getAsDouble();
                long now = System.nanoTime();
                // The CPU budget: a keyframe that took d leaves the cores free for d (1 - b) / b after it.
                double budget = latents.cpuBudget();
                long rest = budget < 1 ? (long) ((now - start) * (1 - budget) / budget) : 0;
                long wait = Math.max(rest, kps > 0 ? start + (long) (1e9 / kps) - now : 0);
                if (wait > 0) LockSupport.parkNanos(wait);
            }
        } catch (Throwable t) { // a worker never takes the show down; it reports once and stops
            report.accept("model worker stopped: " + t);
        }
    }
}
