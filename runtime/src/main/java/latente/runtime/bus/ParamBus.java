package latente.runtime.bus;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The parameter bus: a fixed table of named numeric slots shared by every thread.
 *
 * <p>Thread contract: any thread may {@link #slot(String) allocate} a slot (rare, allocates);
 * writers (control, audio, OSC, MIDI threads) call {@link #set}; readers (the render thread above
 * all) call {@link #get}. Reads and writes are single atomic 64-bit operations on a preallocated
 * array: no locks, no allocation, and a reader always sees a whole value (last write wins).
 * Each slot should have one writer; two writers simply race to the last value.
 *
 * <p>Two kinds of slot: named slots ({@link #slot(String)}: inputs such as {@code osc:/x} or
 * {@code clock:bpm}, one per name, kept for the life of the bus) and leased slots
 * ({@link #lease(String)}: one per live value of a scene, never shared, {@link #release released}
 * when the scene that owned it retires and then reused).
 */
public final class ParamBus {
    public static final int CAPACITY = 4096;

    private final AtomicLongArray values = new AtomicLongArray(CAPACITY);
    private final ConcurrentHashMap<String, Integer> index = new ConcurrentHashMap<>();
    private final String[] names = new String[CAPACITY];
    private final AtomicInteger next = new AtomicInteger();
    /** Released leased slots, reused before the table grows; guarded by itself. */
    private final ArrayDeque<Integer> free = new ArrayDeque<>();

    /** Returns the slot for {@code name}, allocating it (value 0) on first use. */
    public int slot(String name) {
        return index.computeIfAbsent(name, this::fresh);
    }

    private int fresh(String name) {
        int i = next.getAndIncrement();
        if (i >= CAPACITY) throw new IllegalStateException("parameter bus full (" + CAPACITY + " slots); last name: " + name);
        names[i] = name;
        return i;
    }

    /**
     * A slot of its own for one live value ({@code label} says where it was written, for
     * diagnostics); no other caller gets it until it is {@link #release released}. Starts at 0.
     * Cold path (evaluations), any thread.
     */
    public int lease(String label) {
        Integer reused;
        synchronized (free) {
            reused = free.poll();
        }
        if (reused == null) return fresh(label);
        names[reused] = label;
        set(reused, 0);
        return reused;
    }

    /** Gives a {@link #lease leased} slot back; the caller must no longer read or write it. */
    public void release(int slot) {
        if (slot < 0 || slot >= size() || Integer.valueOf(slot).equals(index.get(names[slot]))) {
            throw new IllegalArgumentException("slot " + slot + " is not a leased slot");
        }
        synchronized (free) {
            if (!free.contains(slot)) free.push(slot);
        }
    }

    /** How many leased slots are free for reuse (diagnostics and tests). */
    public int released() {
        synchronized (free) {
            return free.size();
        }
    }

    /** Returns the slot for {@code name} or -1 when no slot has that name yet. */
    public int find(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public String name(int slot) {
        return names[slot];
    }

    public int size() {
        return Math.min(next.get(), CAPACITY);
    }

    public void set(int slot, double value) {
        values.setRelease(slot, Double.doubleToRawLongBits(value));
    }

    public double get(int slot) {
        return Double.longBitsToDouble(values.getAcquire(slot));
    }

    /** Convenience for cold paths: set by name. */
    public void set(String name, double value) {
        set(slot(name), value);
    }

    /** Convenience for cold paths: read by name (0 when the slot does not exist). */
    public double get(String name) {
        int s = find(name);
        return s < 0 ? 0.0 : get(s);
    }
}
