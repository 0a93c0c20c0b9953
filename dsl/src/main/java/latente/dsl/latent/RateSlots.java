package latente.dsl.latent;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;

/**
 * The bus slots of the streams' live walk rates. A live rate's identity is the value given to
 * {@code walk(rate:)} on one stream: it gets a slot leased for it alone, so two walks written on
 * the same line, or in two REPL blocks with the same origin, never share one. The slot goes back
 * to the bus when its stream is given another rate or is no longer ticked (it retired, or another
 * latent took its source).
 *
 * <p>Thread contract: only the thread that ticks the latents (the control thread live, the render
 * loop offline). That thread is also the only writer of these slots, so a slot is never released
 * while its value is being computed.
 */
final class RateSlots {
    private final ParamBus bus;
    private final Map<LatentStream, Control> leased = new IdentityHashMap<>();
    private final Map<LatentStream, Boolean> ticked = new IdentityHashMap<>();

    RateSlots(ParamBus bus) {
        this.bus = bus;
    }

    /** The stream's live rate in a slot of its own (leased on first use), or an empty list for a fixed rate. */
    List<Control> assign(LatentStream stream) {
        ticked.put(stream, Boolean.TRUE);
        WalkRate rate = stream.walkRate();
        Control wanted = rate.live();
        Control held = leased.get(stream);
        if (held != null && wanted != null && held.source() == wanted.source()) return rate.assigned();
        if (held != null) {
            leased.remove(stream);
            rate.assign(null);
            bus.release(held.slot());
        }
        if (wanted == null) return List.of();
        Control own = new Control(bus.lease(wanted.label()), wanted.source(), wanted.label());
        leased.put(stream, own);
        rate.assign(own);
        return rate.assigned();
    }

    /** Ends a tick: the slots of streams that were not ticked in it go back to the bus. */
    void endTick() {
        for (Iterator<Map.Entry<LatentStream, Control>> it = leased.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<LatentStream, Control> e = it.next();
            if (ticked.containsKey(e.getKey())) continue;
            e.getKey().walkRate().assign(null);
            bus.release(e.getValue().slot());
            it.remove();
        }
        ticked.clear();
    }

    /** How many live rates hold a slot now (diagnostics and tests). */
    int size() {
        return leased.size();
    }
}
