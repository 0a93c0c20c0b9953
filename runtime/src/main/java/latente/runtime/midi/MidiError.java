package latente.runtime.midi;

/** Kinds of MIDI trouble, counted by an {@link latente.runtime.io.ErrorCounter}. */
public enum MidiError {
    /** The note event queue was full and its oldest event was dropped. */
    QUEUE_DROPPED,
    /** A note handler threw; the others still ran. */
    HANDLER_FAILED,
    /** A bug in Latente while handling a message; counted, the receiver went on. */
    INTERNAL
}
