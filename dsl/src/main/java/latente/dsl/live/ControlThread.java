package latente.dsl.live;

import java.util.concurrent.locks.LockSupport;
import latente.dsl.engine.Engine;

/**
 * The control thread: calls {@link Engine#advance} with wall-clock seconds at a fixed rate, so
 * closures, sequences and signals are computed independently of the frame rate. The watchdog
 * for closures that run too long lives in the engine's {@code ControlLoop}.
 */
public final class ControlThread {
    public static final double DEFAULT_RATE_HZ = 120;

    private final Engine engine;
    private final long periodNanos;
    private volatile boolean running = true;
    private volatile long ticks;
    private Thread thread;

    public ControlThread(Engine engine, double rateHz) {
        this.engine = engine;
        this.periodNanos = (long) (1e9 / rateHz);
    }

    public void start() {
        thread = new Thread(this::run, "latente-control");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long start = System.nanoTime();
        long next = start;
        boolean reported = false;
        while (running) {
            try {
                engine.advance((System.nanoTime() - start) / 1e9);
                ticks++;
                reported = false;
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError || t instanceof OutOfMemoryError)) throw (VirtualMachineError) t;
                if (!reported) engine.report("control: " + t + " (still running)");
                reported = true;
            }
            next += periodNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            else if (wait < -periodNanos) next = System.nanoTime();
        }
    }

    /** Control ticks so far. */
    public long ticks() {
        return ticks;
    }

    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) thread.join(2_000);
    }
}
