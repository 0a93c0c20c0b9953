package latente.runtime.pattern;

import java.util.ArrayList;
import java.util.List;

/** Euclidean rhythms: Bjorklund's even spreading of k pulses over n steps. */
public final class Euclid {
    /** Larger step counts would make one cycle's query allocate without bound. */
    public static final int MAX_STEPS = 4096;

    private Euclid() {}

    /**
     * The Bjorklund sequence: start with k groups [1] and n-k groups [0]; while more than one
     * remainder group is left, append one remainder group to each leading group. (3,8) gives
     * 1 0 0 1 0 0 1 0; (5,8) gives 1 0 1 1 0 1 1 0. A negative k gives the complement of (|k|, n).
     */
    public static boolean[] bjorklund(int pulses, int steps) {
        if (steps <= 0) return new boolean[0];
        if (steps > MAX_STEPS) throw new IllegalArgumentException("euclid: " + steps + " steps (at most " + MAX_STEPS + ")");
        boolean invert = pulses < 0;
        int k = Math.min(Math.abs(pulses), steps);
        List<List<Boolean>> a = new ArrayList<>();
        List<List<Boolean>> b = new ArrayList<>();
        for (int i = 0; i < k; i++) a.add(new ArrayList<>(List.of(true)));
        for (int i = 0; i < steps - k; i++) b.add(new ArrayList<>(List.of(false)));
        while (Math.min(a.size(), b.size()) > 1) {
            int m = Math.min(a.size(), b.size());
            List<List<Boolean>> joined = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                List<Boolean> g = new ArrayList<>(a.get(i));
                g.addAll(b.get(i));
                joined.add(g);
            }
            List<List<Boolean>> rest = a.size() > m ? a.subList(m, a.size()) : b.subList(m, b.size());
            b = new ArrayList<>(rest);
            a = joined;
        }
        boolean[] out = new boolean[steps];
        int i = 0;
        for (List<Boolean> g : a) for (boolean x : g) out[i++] = x != invert;
        for (List<Boolean> g : b) for (boolean x : g) out[i++] = x != invert;
        return out;
    }

    /**
     * Step i of the result is step (i - rotation) mod n of the sequence: every pulse moves
     * {@code rotation} steps later, wrapping round, as Strudel's {@code (k,n,r)} does
     * ({@code (3,8,2)} is {@code x.x..x..}; checked against @strudel/mini by the conformance suite).
     */
    public static boolean[] rotated(int pulses, int steps, int rotation) {
        boolean[] base = bjorklund(pulses, steps);
        // Strudel leaves the rhythm unrotated for a rotation of n steps or more, either way: so does Latente.
        if (Math.abs(rotation) >= base.length) rotation = 0;
        boolean[] out = new boolean[base.length];
        for (int i = 0; i < base.length; i++) out[i] = base[Math.floorMod(i - rotation, base.length)];
        return out;
    }

    /** A boolean pattern with one true event per pulse, n steps per cycle. */
    public static Pattern<Boolean> pattern(int pulses, int steps, int rotation) {
        boolean[] bits = rotated(pulses, steps, rotation);
        List<Pattern<Boolean>> items = new ArrayList<>();
        for (boolean bit : bits) items.add(bit ? Pattern.pure(Boolean.TRUE) : Pattern.silence());
        return Structure.fastcat(items);
    }
}
