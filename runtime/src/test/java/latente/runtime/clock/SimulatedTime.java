package latente.runtime.clock;

import java.util.concurrent.atomic.AtomicLong;

/** A time source that only moves when told to: the tests drive clocks, MIDI and tempo with it. */
public final class SimulatedTime implements TimeSource {
    private final AtomicLong now;

    public SimulatedTime(long startNanos) {
        now = new AtomicLong(startNanos);
    }

    public SimulatedTime() {
        this(0);
    }

    @Override
    public long nanos() {
        return now.get();
    }

    public void set(long nanos) {
        now.set(nanos);
    }

    public void advance(long nanos) {
        now.addAndGet(nanos);
    }

    public void advanceSeconds(double seconds) {
        now.addAndGet(Math.round(seconds * 1e9));
    }
}
