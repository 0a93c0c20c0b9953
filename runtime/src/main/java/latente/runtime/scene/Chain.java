package latente.runtime.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * A shader chain: a source call followed by transforms, as in {@code osc(10).rotate(0.5)}.
 * Immutable; {@link #then} returns a longer chain so that a chain stored in a variable can be
 * reused and extended without changing the original.
 */
public record Chain(List<Call> calls) {
    public Chain {
        calls = List.copyOf(calls);
        if (calls.isEmpty()) throw new IllegalArgumentException("a chain starts with a source");
    }

    public static Chain of(Call source) {
        return new Chain(List.of(source));
    }

    public Chain then(Call call) {
        List<Call> next = new ArrayList<>(calls.size() + 1);
        next.addAll(calls);
        next.add(call);
        return new Chain(next);
    }

    public Call source() {
        return calls.get(0);
    }
}
