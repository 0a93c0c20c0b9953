package latente.runtime.scene;

import java.util.IdentityHashMap;
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
        for (int i = 0; i < Scene.OUTPUTS; i++) outputs[i] = next.output(i) == null ? null : chain(next.output(i));
        return new Scene(outputs, next.shown());
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

    private Chain chain(Chain c) {
        Call[] calls = new Call[c.calls().size()];
        for (int i = 0; i < calls.length; i++) calls[i] = call(c.calls().get(i));
        return new Chain(java.util.List.of(calls));
    }

    private Call call(Call call) {
        Arg[] args = new Arg[call.args().size()];
        for (int i = 0; i < args.length; i++) args[i] = arg(call.args().get(i));
        return call.withArgs(java.util.List.of(args));
    }

    private Arg arg(Arg a) {
        if (a instanceof Arg.ChainArg c) return new Arg.ChainArg(chain(c.chain()));
        if (!(a instanceof Arg.Slot s) || s.control() == null) return a;
        Control c = s.control();
        Integer slot = pending.get(c.source());
        if (slot == null) {
            slot = running.get(c.source());
            if (slot == null) slot = bus.lease(c.label());
            pending.put(c.source(), slot);
        }
        return new Arg.Slot(slot, new Control(slot, c.source(), c.label()));
    }
}
