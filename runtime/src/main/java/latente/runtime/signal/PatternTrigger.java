package latente.runtime.signal;

import java.util.List;
import latente.runtime.bus.ParamBus;
import latente.runtime.pattern.Event;
import latente.runtime.pattern.Pattern;

/**
 * Fires a {@link Trigger} at the onsets of a pattern, so that envelopes can follow a rhythm
 * ({@code envelope} on {@code "x ~ x x"}). The control thread calls {@link #advance} once per tick
 * with the beat span the tick covered; each onset inside it is written to the trigger slot with
 * its exact time in seconds (interpolated inside the tick), the last one winning.
 *
 * <p>Thread contract: one caller (the control thread). Allocates per call (a pattern query).
 */
public final class PatternTrigger {
    private final Pattern<?> pattern;
    private final String trigger;
    private final double beatsPerCycle;
    private BusSlot resolved;

    public PatternTrigger(Pattern<?> pattern, String trigger, double beatsPerCycle) {
        if (!(beatsPerCycle > 0)) throw new IllegalArgumentException("beatsPerCycle must be positive");
        this.pattern = pattern;
        this.trigger = trigger;
        this.beatsPerCycle = beatsPerCycle;
    }

    /**
     * Fires for onsets in beats [fromBeats, toBeats), where the tick ended at {@code toSeconds} and
     * {@code secondsPerBeat} is the current tempo. Returns how many onsets there were.
     */
    public int advance(ParamBus bus, double fromBeats, double toBeats, double toSeconds, double secondsPerBeat) {
        if (!(toBeats > fromBeats)) return 0;
        List<? extends Event<?>> onsets = pattern.onsetsIn(fromBeats / beatsPerCycle, toBeats / beatsPerCycle);
        if (onsets.isEmpty()) return 0;
        double last = Double.NEGATIVE_INFINITY;
        for (Event<?> e : onsets) last = Math.max(last, e.whole.begin.toDouble() * beatsPerCycle);
        BusSlot r = resolved;
        if (r == null || r.bus() != bus) resolved = r = new BusSlot(bus, Trigger.slot(bus, trigger));
        Trigger.fire(bus, r.slot(), toSeconds - (toBeats - last) * secondsPerBeat);
        return onsets.size();
    }
}
