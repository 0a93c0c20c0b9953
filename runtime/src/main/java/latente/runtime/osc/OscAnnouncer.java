package latente.runtime.osc;

import latente.runtime.clock.Clock;

/**
 * Tells other software what Latente is doing: {@code /latente/beat i} on every beat (the beat
 * number), {@code /latente/tempo f} when the tempo changes, and {@code /latente/scene s} when
 * the scene changes.
 *
 * <p>Thread contract: the control thread calls {@link #tick} once per control step (beats are
 * found by crossing, so a slow step sends the beat late rather than never) and
 * {@link #scene} when a scene is cued.
 */
public final class OscAnnouncer {
    public static final String BEAT = "/latente/beat";
    public static final String TEMPO = "/latente/tempo";
    public static final String SCENE = "/latente/scene";

    private final OscOut out;
    private long lastBeat = Long.MIN_VALUE;
    private double lastBpm = Double.NaN;

    public OscAnnouncer(OscOut out) {
        this.out = out;
    }

    /** Sends the beat number when a new beat has started since the last tick, and tempo changes. */
    public void tick(Clock clock) {
        long beat = (long) Math.floor(clock.beat());
        if (lastBeat != Long.MIN_VALUE && beat > lastBeat) out.send(BEAT, (int) beat);
        lastBeat = beat;
        double bpm = clock.bpm();
        if (Double.isNaN(lastBpm) || Math.abs(bpm - lastBpm) >= 0.01) {
            out.send(TEMPO, (float) bpm);
            lastBpm = bpm;
        }
    }

    public void scene(String name) {
        out.send(SCENE, name);
    }
}
