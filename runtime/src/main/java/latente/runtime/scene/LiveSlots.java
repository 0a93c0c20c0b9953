package latente.runtime.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import latente.runtime.bus.ParamBus;

/**
 * Gives every live value of a scene a bus slot of its own. The language makes live values without
 * a slot ({@link #UNASSIGNED}); when a scene is about to run, {@link #assign} gives each new value
 * a leased slot and keeps the slot of each value the running scene already computes (a block that
 * leaves an output alone leaves its values alone). The identity of a live value is its source (the
 * closure, sequence or signal object the language made for that argument), so two arguments never
 * share a slot even when written on the same line, and a chain kept in a variable and drawn again
 * later gets a slot again.
 *
 * <p>The scene owns the slots: {@link #commit} (the new scene runs) releases the slots of the
 * values that left with the old scene; {@link #abandon} (the new scene was refused) releases the
 * slots given to it.
 *
 * <p>Thread contract: called only by the engine's serialised evaluation and scene changes.
 */
public final class LiveSlots {
    /** The slot of a live value that no running scene has yet assigned. */
    public static final int UNASSIGNED = -1;

    private final ParamBus bus;
    private Map<DoubleSupplier, Integer> running = new IdentityHashMap<>();
    private Map<DoubleSupplier, Integer> pending = new IdentityHashMap<>();

    public LiveSlots(ParamBus bus) {
        this.bus = bus;
    }

    /** {@code next} with a slot for every live value; follow with {@link #commit} or {@link #abandon}. */
    public Scene assign(Scene next) {
        pending = new IdentityHashMap<>();
        Chain[] outputs = new Chain[Scene.OUTPUTS];
        boolean changed = false;
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            outputs[i] = next.output(i) == null ? null : chain(next.output(i));
            changed |= outputs[i] != next.output(i);
        }
        return changed ? new Scene(outputs, next.shown()) : next;
    }

    /** The assigned scene now runs: slots of values that are no longer in it are released. */
    public void commit() {
        for (Map.Entry<DoubleSupplier, Integer> e : running.entrySet()) {
            if (!pending.containsKey(e.getKey())) bus.release(e.getValue());
        }
        running = pending;
        pending = new IdentityHashMap<>();
    }

    /** The assigned scene will not run: the slots it was given are released. */
    public void abandon() {
        for (Map.Entry<DoubleSupplier, Integer> e : pending.entrySet()) {
            if (!running.containsKey(e.getKey())) bus.release(e.getValue());
        }
        pending = new IdentityHashMap<>();
    }

    /** How many live values the running scene computes (each in its own slot). */
    public int size() {
        return running.size();
    }

    // Each step returns the very object it was given when nothing in it changes, so an output the
    // evaluation left alone stays the same chain (the renderer keeps its compiled shader).
    private Chain chain(Chain c) {
        List<Call> calls = new ArrayList<>(c.calls().size());
        boolean changed = false;
        for (Call call : c.calls()) {
            Call next = call(call);
            changed |= next != call;
            calls.add(next);
        }
        return changed ? new Chain(calls) : c;
    }

    private Call call(Call call) {
        List<Arg> args = new ArrayList<>(call.args().size());
        boolean changed = false;
        for (Arg a : call.args()) {
            Arg next = arg(a);
            changed |= next != a;
            args.add(next);
        }
        return changed ? call.withArgs(args) : call;
    }

    private Arg arg(Arg a) {
        if (a instanceof Arg.ChainArg c) {
            Chain next = chain(c.chain());
            return next == c.chain() ? a : new Arg.ChainArg(next);
        }
        if (!(a instanceof Arg.Slot s) || s.control() == null) return a;
        Control c = s.control();
        Integer slot = pending.get(c.source());
        if (slot == null) {
            slot = running.get(c.source());
            if (slot == null) slot = bus.lease(c.label());
            pending.put(c.source(), slot);
        }
        return slot == s.slot() && slot == c.slot() ? a : new Arg.Slot(slot, new Control(slot, c.source(), c.label()));
    }
}
