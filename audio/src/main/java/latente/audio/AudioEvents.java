package latente.audio;

/**
 * Receives beat and onset events from the analysis. Called on the audio thread (or on the thread
 * driving an offline analysis): implementations must be quick, must not block and must not throw;
 * {@link AudioEventQueue} is the one to use for handing events to the control thread.
 */
public interface AudioEvents {
    /**
     * A beat. {@code count} numbers beats from 1; {@code seconds} is the beat's time in the input
     * stream (latency-compensated: the moment the beat is heard, not when it was detected).
     */
    void beat(long count, double seconds);

    /** An onset (a new sound starting); {@code seconds} is its time in the input stream. */
    void onset(long count, double seconds);

    /** Ignores everything. */
    AudioEvents NONE = new AudioEvents() {
        @Override public void beat(long count, double seconds) {}
        @Override public void onset(long count, double seconds) {}
    };
}
