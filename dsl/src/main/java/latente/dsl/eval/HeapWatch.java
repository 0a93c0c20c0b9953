package latente.dsl.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the heap while one evaluation runs, so that code which keeps allocating
 * ({@code big = []; while (true) big << new long[1e6]}) ends in a message instead of an
 * OutOfMemoryError that could strike any thread of the show. Growth is measured in the long-lived
 * part of the heap (everything but the young generation), where what the code keeps ends up, so
 * short-lived garbage does not count; and the whole heap may never pass {@link #CEILING} of its
 * maximum during an evaluation, which leaves the render, control and recording threads their
 * headroom.
 *
 * <p>Thread contract: created on the evaluating thread, polled by the evaluator's watchdog thread.
 */
final class HeapWatch {
    /** Fraction of the maximum heap an evaluation may never push the heap past. */
    static final double CEILING = 0.85;
    private static final List<MemoryPoolMXBean> LONG_LIVED = new ArrayList<>();

    static {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            String n = p.getName();
            if (p.getType() == MemoryType.HEAP && !n.contains("Eden") && !n.contains("Survivor")) LONG_LIVED.add(p);
        }
    }

    private final long startLongLived;
    private final long limitBytes;
    private final long ceilingBytes;

    HeapWatch(long limitBytes) {
        this.startLongLived = longLived();
        this.limitBytes = limitBytes;
        this.ceilingBytes = (long) (Runtime.getRuntime().maxMemory() * CEILING);
    }

    /** The default limit of one evaluation's growth: 512 MB, or less on a small heap (a third of it). */
    static long defaultLimitBytes() {
        return Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 3);
    }

    /** True once the evaluation has kept more than its limit, or the heap is near its end. */
    boolean exceeded() {
        Runtime rt = Runtime.getRuntime();
        return longLived() - startLongLived > limitBytes || rt.totalMemory() - rt.freeMemory() > ceilingBytes;
    }

    private static long longLived() {
        long sum = 0;
        for (MemoryPoolMXBean p : LONG_LIVED) sum += p.getUsage().getUsed();
        return sum;
    }
}
