package latente.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How often each event (seen from its cycle's start) and each whole cycle's set of events occur
 * per cycle, over many cycles of a random pattern. Two patterns have the same distribution when
 * every such frequency agrees within {@link #tolerance}: five standard deviations of the
 * difference of two independent estimates of a proportion p over n cycles, sqrt(2 p (1 - p) / n),
 * plus one count. An event one side never gives and the other gives at all (p near 0) fails.
 */
final class EventDistribution {
    /** Per-cycle sets are compared only when there are few of them (so each one is frequent enough to estimate). */
    static final int MAX_CYCLE_SETS = 64;

    final int cycles;
    final Map<String, Integer> events = new TreeMap<>();
    final Map<String, Integer> cycleSets = new TreeMap<>();

    EventDistribution(List<Map<String, Object>> list, int cycles) {
        this.cycles = cycles;
        List<List<String>> perCycle = new ArrayList<>();
        for (int c = 0; c < cycles; c++) perCycle.add(new ArrayList<>());
        for (Map<String, Object> e : list) {
            String key = EventKeys.inCycle(e);
            events.merge(key, 1, Integer::sum);
            perCycle.get((int) EventKeys.cycle(e)).add(key);
        }
        for (List<String> set : perCycle) {
            set.sort(null);
            cycleSets.merge(set.toString(), 1, Integer::sum);
        }
    }

    static double tolerance(double p, int cycles) {
        double q = Math.min(1, Math.max(0, p));
        return 5 * Math.sqrt(2 * q * (1 - q) / cycles) + 1.0 / cycles;
    }

    /**
     * The frequencies that differ beyond the tolerance, described; empty when the distributions
     * agree. {@code wholeCycles} also compares how often each cycle's whole set of events occurs
     * (when there are at most {@link #MAX_CYCLE_SETS} of them), which checks how events go together.
     */
    static List<String> differences(EventDistribution latente, EventDistribution strudel, boolean wholeCycles) {
        List<String> out = new ArrayList<>(compare("event", latente.events, strudel.events, latente.cycles, strudel.cycles));
        TreeSet<String> sets = new TreeSet<>(latente.cycleSets.keySet());
        sets.addAll(strudel.cycleSets.keySet());
        if (wholeCycles && sets.size() <= MAX_CYCLE_SETS) out.addAll(compare("cycle", latente.cycleSets, strudel.cycleSets, latente.cycles, strudel.cycles));
        return out;
    }

    private static List<String> compare(String what, Map<String, Integer> a, Map<String, Integer> b, int na, int nb) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            double pa = a.getOrDefault(k, 0) / (double) na;
            double pb = b.getOrDefault(k, 0) / (double) nb;
            double tol = tolerance((pa + pb) / 2, Math.min(na, nb));
            if (Math.abs(pa - pb) > tol) {
                out.add(String.format("%s %s: Latente %.4f per cycle, Strudel %.4f (tolerance %.4f)", what, k, pa, pb, tol));
            }
        }
        return out;
    }
}
