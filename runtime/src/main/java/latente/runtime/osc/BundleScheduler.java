package latente.runtime.osc;

import java.util.PriorityQueue;

/**
 * Holds messages of bundles whose timetag is in the future and delivers each at its time, in
 * timetag order, and in arrival order for equal times (so a bundle's messages keep their order).
 *
 * <p>Thread contract: {@link #schedule} from the OSC I/O thread; delivery happens on this
 * scheduler's own daemon thread. Bounded: when {@code capacity} messages wait, new ones are
 * refused (the caller counts them). The delivery callback must not throw; if it does, the
 * exception is swallowed here so the thread survives.
 */
final class BundleScheduler implements AutoCloseable {
    interface Sink {
        void deliver(OscMessage m);
    }

    private record Item(long due, long seq, OscMessage message) {}

    private final PriorityQueue<Item> queue = new PriorityQueue<>((a, b) ->
            a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private final int capacity;
    private final Sink sink;
    private final Thread thread;
    private long seq;
    private boolean closed;

    BundleScheduler(int capacity, Sink sink, String name) {
        this.capacity = capacity;
        this.sink = sink;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code m} for {@code dueNanos} (System.nanoTime scale); false when full. */
    synchronized boolean schedule(long dueNanos, OscMessage m) {
        if (queue.size() >= capacity) return false;
        Item item = new Item(dueNanos, seq++, m);
        queue.add(item);
        if (queue.peek() == item) notifyAll();
        return true;
    }

    synchronized int pending() {
        return queue.size();
    }

    private void run() {
        while (true) {
            OscMessage next;
            synchronized (this) {
                try {
                    Item head;
                    while (!closed && ((head = queue.peek()) == null || head.due > System.nanoTime())) {
                        if (head == null) {
                            wait();
                        } else {
                            long waitNanos = head.due - System.nanoTime();
                            if (waitNanos > 0) wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) return;
                next = queue.poll().message;
            }
            try {
                sink.deliver(next);
            } catch (Throwable t) { // the sink counts its own problems; never let this thread die
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        queue.clear();
        notifyAll();
    }
}
