package latente.dsl.control;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import latente.dsl.sandbox.MemoryMeter;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;

/**
 * Computes the live values of the scene (closures such as {@code { time * 0.1 }}) and writes them
 * into their bus slots. Runs on the control thread at the control rate, or once per frame in
 * lock-step when rendering offline.
 *
 * <p>A value that throws keeps its last number and is reported once (until it succeeds again).
 * A value that runs longer than {@link #limitMillis()} is interrupted by a watchdog (scripts are
 * compiled with ThreadInterrupt, so loops and closures notice), reported once, and then skipped:
 * it keeps its last number until the code that made it is evaluated again (a new evaluation
 * makes new controls). Skipping matters: an endless closure would otherwise cost the full limit
 * on every tick and starve every other live value.
 *
 * <p>Memory is guarded the same way: a value whose call allocates more than
 * {@link #allocationLimitBytes()} (or allocates heavily while the heap is past
 * {@link MemoryMeter#HEAP_CEILING}) is interrupted, reported once and skipped, so that
 * {@code { def l = []; while (true) l << new byte[1 << 20]; 1 }} ends in a message long before
 * the heap runs out under the render and recording threads. A call is measured from when the
 * watchdog first sees it running (at most one check, 5 ms, after it began) and judged from its
 * second check on, so a starved watchdog that wakes late never mistakes one case for the other.
 * A value that runs out of memory anyway is stopped too, not retried every tick.
 *
 * <p>Thread contract: {@link #tick} on one thread at a time; the watchdog runs on a shared daemon
 * thread and only reads volatile fields and the ticking thread's allocation count, and interrupts, under {@code lock} so that an interrupt
 * never lands after the value it was meant for has finished.
 */
public final class ControlLoop {
    /** Default time one live value may take before the watchdog stops it. */
    public static final long DEFAULT_LIMIT_MILLIS = 250;
    /**
     * Limit for a value's first call: the first call of fresh Groovy code links its call sites
     * and loads classes, which on a busy 2-core machine can take far longer than steady calls,
     * and a working closure must not be stopped for that.
     */
    public static final long FIRST_CALL_MILLIS = 2_000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "latente-control-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ParamBus bus;
    private final Consumer<String> report;
    private final Set<Control> failing = ConcurrentHashMap.newKeySet();
    private final Set<Control> stopped = ConcurrentHashMap.newKeySet();
    /** Controls that have returned at least once; a first call gets {@link #FIRST_CALL_MILLIS}. */
    private final Set<Control> warmed = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private volatile long limitNanos = DEFAULT_LIMIT_MILLIS * 1_000_000;
    private volatile Control running;
    private volatile Thread runningThread;
    private volatile long runningSince;
    private volatile long runningLimit;
    private volatile Control overran;
    /** Why {@link #overran} was stopped when it was its memory; null when it was its time. */
    private volatile String overranMemory;
    /** Counts calls, so the watchdog tells a new call of the same value from a long one. */
    private volatile long call;
    private volatile long allocationLimitBytes = MemoryMeter.defaultCallLimitBytes();
    /** Watchdog thread only: the call it has seen running and that thread's allocation count then. */
    private long seenCall = -1;
    private long allocatedAtSight;

    public ControlLoop(ParamBus bus, Consumer<String> report) {
        this.bus = bus;
        this.report = report;
        watch(this);
    }

    /** Checks every 5 ms; holds the loop weakly so a dropped engine is collected and the task ends. */
    private static void watch(ControlLoop loop) {
        WeakReference<ControlLoop> ref = new WeakReference<>(loop);
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        synchronized (self) {
            self[0] = WATCHDOG.scheduleWithFixedDelay(() -> {
                ControlLoop l = ref.get();
                if (l != null) {
                    l.checkOverrun();
                } else {
                    synchronized (self) {
                        self[0].cancel(false);
                    }
                }
            }, 5, 5, TimeUnit.MILLISECONDS);
        }
    }

    private void checkOverrun() {
        synchronized (lock) {
            Control c = running;
            if (c == null || overran == c) return;
            boolean firstSight = seenCall != call;
            String memory = allocatedTooMuch(firstSight);
            if (memory != null || (!firstSight && System.nanoTime() - runningSince > runningLimit)) {
                overranMemory = memory;
                overran = c;
                runningThread.interrupt();
            }
        }
    }

    /** Watchdog thread, under {@code lock} while a call runs: why it has taken too much memory, or null. */
    private String allocatedTooMuch(boolean firstSight) {
        long now = MemoryMeter.allocatedBy(runningThread.getId());
        if (firstSight) {
            seenCall = call;
            allocatedAtSight = now;
            return null;
        }
        long grown = now - allocatedAtSight;
        if (now >= 0 && grown > allocationLimitBytes) {
            return "allocated more than " + (allocationLimitBytes >> 20) + " MB in one call (a collection growing without end?)";
        }
        boolean heavy = now < 0 || grown > allocationLimitBytes / 8;
        return heavy && MemoryMeter.heapNearlyFull() ? "kept allocating while the heap was nearly full" : null;
    }

    /** What one call of a live value may allocate before it is stopped (garbage included). */
    public void allocationLimitBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("the allocation limit must be positive, got " + bytes);
        allocationLimitBytes = bytes;
    }

    public long allocationLimitBytes() {
        return allocationLimitBytes;
    }

    public void limitMillis(long millis) {
        limitNanos = millis * 1_000_000;
    }

    public long limitMillis() {
        return limitNanos / 1_000_000;
    }

    public void tick(List<Control> controls) {
        for (int i = 0, n = controls.size(); i < n; i++) {
            Control c = controls.get(i);
            if (!stopped.isEmpty() && stopped.contains(c)) continue;
            boolean first = !warmed.contains(c);
            runningThread = Thread.currentThread();
            runningLimit = first ? Math.max(limitNanos, FIRST_CALL_MILLIS * 1_000_000) : limitNanos;
            runningSince = System.nanoTime();
            call = call + 1; // one writer: the ticking thread
            running = c;
            try {
                double v = c.source().getAsDouble();
                if (Double.isFinite(v)) bus.set(c.slot(), v);
                if (!failing.isEmpty()) failing.remove(c);
                if (first) warmed.add(c);
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError || t instanceof OutOfMemoryError)) throw (VirtualMachineError) t;
                if (overran == c) {
                    stopped.add(c);
                    report.accept(c.label() + ": " + (overranMemory != null ? overranMemory : "ran longer than " + runningLimit / 1_000_000
                            + " ms (an endless loop?)") + " and was stopped;" + KEEPS);
                } else if (t instanceof OutOfMemoryError) {
                    stopped.add(c);
                    report.accept(c.label() + ": needed more memory than the show has (" + describe(t) + ") and was stopped;" + KEEPS);
                } else if (failing.add(c)) {
                    report.accept(c.label() + ": " + describe(t) + " (keeping its last value)");
                }
            } finally {
                synchronized (lock) {
                    running = null;
                    if (overran != null) overran = null; // one that finished despite the interrupt is watched again next call
                    Thread.interrupted();
                }
            }
        }
        if (stopped.size() > 64) stopped.retainAll(controls);
        if (warmed.size() > 4 * controls.size() + 256) warmed.retainAll(controls); // forget replaced scenes' values
    }

    private static final String KEEPS = " it keeps its last value until you evaluate it again";

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
