package latente.audio;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded, lock-free, single-producer single-consumer queue of beat and onset events: the audio
 * thread {@link #beat offers}, the control thread {@link #drain drains} (typically once per control
 * tick, firing {@code on.beat {}} and {@code on.onset {}} handlers).
 *
 * <p>Preallocated; offering never blocks or allocates. When the consumer falls behind by more
 * than the capacity, the newest events are dropped and counted in {@link #dropped()}: a late
 * control thread should not replay a burst of stale beats. The bus slots {@code audio:beatCount}
 * and {@code audio:onsetCount} still count every event.
 */
public final class AudioEventQueue implements AudioEvents {
    public static final int BEAT = 0;
    public static final int ONSET = 1;

    private final int capacity;
    private final int[] kinds;
    private final long[] counts;
    private final double[] times;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public AudioEventQueue(int capacity) {
        this.capacity = capacity;
        kinds = new int[capacity];
        counts = new long[capacity];
        times = new double[capacity];
    }

    public AudioEventQueue() {
        this(64);
    }

    @Override
    public void beat(long count, double seconds) {
        offer(BEAT, count, seconds);
    }

    @Override
    public void onset(long count, double seconds) {
        offer(ONSET, count, seconds);
    }

    private void offer(int kind, long count, double seconds) {
        long t = tail.get();
        if (t - head.get() >= capacity) {
            dropped.incrementAndGet();
            return;
        }
        int i = (int) (t % capacity);
        kinds[i] = kind;
        counts[i] = count;
        times[i] = seconds;
        tail.set(t + 1);
    }

    /** Hands every pending event to {@code target} in order; returns how many. Consumer thread only. */
    public int drain(AudioEvents target) {
        return drainUntil(Double.POSITIVE_INFINITY, target);
    }

    /**
     * Hands the pending events whose time is at most {@code seconds} to {@code target}, in order,
     * and keeps the later ones for a later call (offline, where the analysis runs ahead of the
     * frame being drawn). Returns how many. Consumer thread only.
     */
    public int drainUntil(double seconds, AudioEvents target) {
        long h = head.get(), t = tail.get();
        int n = 0;
        for (; h < t; h++, n++) {
            int i = (int) (h % capacity);
            if (times[i] > seconds) break;
            int kind = kinds[i];
            long count = counts[i];
            double time = times[i];
            head.set(h + 1);
            if (kind == BEAT) target.beat(count, time);
            else target.onset(count, time);
        }
        return n;
    }

    /** Events dropped because the consumer fell behind. */
    public long dropped() {
        return dropped.get();
    }
}
