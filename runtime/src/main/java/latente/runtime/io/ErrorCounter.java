package latente.runtime.io;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * Counts problems by kind and logs the first of each kind once, so a flood of bad input
 * (10,000 malformed packets a second) costs a counter increment each and a single log line.
 *
 * <p>Thread contract: {@link #count} is lock-free and allocation-free (apart from the one log
 * line per kind) and may be called from any thread; readers see eventually consistent totals.
 */
public final class ErrorCounter<K extends Enum<K>> {
    private final K[] kinds;
    private final AtomicLongArray counts;
    private final AtomicIntegerArray logged;
    private final String source;
    private final Consumer<String> log;

    /**
     * @param kinds  the enum's {@code values()}
     * @param source a short name for log lines ("osc in")
     * @param log    where the once-per-kind line goes (System.err::println on stage)
     */
    public ErrorCounter(K[] kinds, String source, Consumer<String> log) {
        this.kinds = kinds.clone();
        this.counts = new AtomicLongArray(kinds.length);
        this.logged = new AtomicIntegerArray(kinds.length);
        this.source = source;
        this.log = log;
    }

    /** Counts one {@code kind}; the first one also logs {@code detail}, which may be null. */
    public void count(K kind, String detail) {
        int i = kind.ordinal();
        counts.incrementAndGet(i);
        if (logged.get(i) == 0 && logged.compareAndSet(i, 0, 1)) {
            try {
                log.accept(source + ": " + kind.toString().toLowerCase().replace('_', ' ')
                        + (detail == null ? "" : " (" + detail + ")") + "; further ones are only counted");
            } catch (RuntimeException ignored) {
                // A broken log sink must not break the thread that counts.
            }
        }
    }

    public long get(K kind) {
        return counts.get(kind.ordinal());
    }

    public long total() {
        long t = 0;
        for (int i = 0; i < kinds.length; i++) t += counts.get(i);
        return t;
    }

    /** "truncated=3 unknown_type=1", only the kinds seen; "no errors" when none. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (K k : kinds) {
            long c = counts.get(k.ordinal());
            if (c == 0) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(k.toString().toLowerCase()).append('=').append(c);
        }
        return sb.length() == 0 ? "no errors" : sb.toString();
    }
}
