package latente.dsl.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The code that made the current scene: the last whole set and the blocks evaluated after it.
 * A performance log opened mid-show (a recording started from the REPL) writes these first, so
 * that a replay starts from the same state. Bounded: past 256 blocks the oldest are forgotten.
 * Thread contract: written under the engine's evaluation lock, read by any thread.
 */
public final class EvalHistory {
    /** One evaluation: its code, where it came from, and whether it was a whole set. */
    public record Entry(String code, String origin, boolean wholeSet) {}

    private static final int LIMIT = 256;
    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(String code, String origin, boolean wholeSet) {
        if (wholeSet) entries.clear();
        if (entries.size() == LIMIT) entries.remove(1);
        entries.add(new Entry(code, origin, wholeSet));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
