package latente.dsl.sandbox;

import java.lang.management.ManagementFactory;

/**
 * What the sandbox measures to keep a set's memory in bounds outside an evaluation: the bytes a
 * thread has allocated since it started (HotSpot counts them per thread, garbage included, and
 * another thread may read the count without stopping it), and whether the whole heap is near its
 * end. The control loop's watchdog uses both to stop a live closure that allocates without bound
 * before it can starve the show's other threads of memory (see docs/language.md, "Memory").
 *
 * <p>Thread contract: every method from any thread; none allocates on the measured thread.
 */
public final class MemoryMeter {
    /** Fraction of the maximum heap past which a closure that is allocating heavily is stopped. */
    public static final double HEAP_CEILING = 0.85;
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private MemoryMeter() {}

    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported()) {
                if (!t.isThreadAllocatedMemoryEnabled()) t.setThreadAllocatedMemoryEnabled(true);
                return t;
            }
        } catch (UnsupportedOperationException | SecurityException | LinkageError e) {
            // a JVM without per-thread counts: the heap ceiling alone guards live closures
        }
        return null;
    }

    /** Bytes the thread {@code threadId} has allocated since it started, or -1 where the JVM does not count. */
    public static long allocatedBy(long threadId) {
        return THREADS == null ? -1 : THREADS.getThreadAllocatedBytes(threadId);
    }

    /** True when the heap in use (garbage not yet collected included) is past {@link #HEAP_CEILING} of its maximum. */
    public static boolean heapNearlyFull() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory() > (long) (rt.maxMemory() * HEAP_CEILING);
    }

    /**
     * The default of what one call of a live closure may allocate: 64 MB, or a sixteenth of a
     * smaller heap. A closure computing a number each tick allocates kilobytes at most.
     */
    public static long defaultCallLimitBytes() {
        return Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16);
    }
}
