package latente.runtime.clock;

/**
 * Fires once each time the beat crosses a multiple of {@code every} beats (plus an offset):
 * what {@code on.beat(8) { }} needs. Crossings are detected between successive calls, so a
 * slow control step fires late rather than never, and fires once even if it skipped several.
 *
 * <p>Thread contract: one thread (the control thread) calls {@link #fire}.
 */
public final class BeatTrigger {
    private final double every;
    private final double offset;
    private long lastIndex = Long.MIN_VALUE;

    /** @param every beats between firings (0.25 = every sixteenth; 4 = every bar of 4) */
    public BeatTrigger(double every, double offset) {
        if (!(every > 0) || !Double.isFinite(every)) throw new IllegalArgumentException("every must be a positive number of beats, got " + every);
        this.every = every;
        this.offset = offset;
    }

    public BeatTrigger(double every) {
        this(every, 0);
    }

    /** True when {@code beat} is past a multiple of {@code every} that the previous call was not. */
    public boolean fire(double beat) {
        long index = (long) Math.floor((beat - offset) / every);
        boolean crossed = lastIndex != Long.MIN_VALUE && index > lastIndex;
        if (lastIndex == Long.MIN_VALUE || index > lastIndex) lastIndex = index;
        return crossed;
    }
}
