package latente.runtime.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A bounded event queue from I/O threads to the control thread. When full, the oldest event
 * is dropped (and counted): the newest events matter most on stage, and memory stays flat.
 *
 * <p>Thread contract: any number of producers ({@link #offer}), one consumer ({@link #drain}).
 * A ring array under a short lock; no allocation per event.
 */
public final class DropOldestQueue<T> {
    private final Object[] ring;
    private int head;
    private int size;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong offered = new AtomicLong();

    public DropOldestQueue(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        ring = new Object[capacity];
    }

    /** Adds {@code event}; returns false when an older event had to be dropped for it. */
    public boolean offer(T event) {
        offered.incrementAndGet();
        synchronized (this) {
            boolean full = size == ring.length;
            if (full) {
                head = (head + 1) % ring.length;
                size--;
                dropped.incrementAndGet();
            }
            ring[(head + size) % ring.length] = event;
            size++;
            return !full;
        }
    }

    /** Hands the events queued now, oldest first, to {@code consumer} (called outside the lock;
     * events that arrive meanwhile wait for the next drain); returns how many. */
    public int drain(Consumer<? super T> consumer) {
        int n = size();
        int done = 0;
        for (T t; done < n && (t = poll()) != null; done++) consumer.accept(t);
        return done;
    }

    /** Removes and returns the oldest event, or null when empty. */
    @SuppressWarnings("unchecked")
    public synchronized T poll() {
        if (size == 0) return null;
        T t = (T) ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        return t;
    }

    /** Removes and returns every queued event, oldest first. */
    @SuppressWarnings("unchecked")
    public synchronized List<T> takeAll() {
        List<T> out = new ArrayList<>(size);
        while (size > 0) {
            out.add((T) ring[head]);
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
        return out;
    }

    public synchronized int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** Events dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Events ever offered. */
    public long offered() {
        return offered.get();
    }
}
