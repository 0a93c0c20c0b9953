package latente.runtime.osc;

/** Kinds of OSC trouble, counted by an {@link latente.runtime.io.ErrorCounter}. */
public enum OscError {
    /** The packet ends inside a string, argument, blob or bundle element. */
    TRUNCATED,
    /** Structure is wrong: size not a multiple of 4, missing padding, bad bundle element. */
    MALFORMED,
    /** The address is empty, does not start with '/', or has non-printable characters. */
    BAD_ADDRESS,
    /** A type tag outside i f s S b h d t T F N I c r m. */
    UNKNOWN_TYPE,
    /** Larger than the configured maximum packet size. */
    OVERSIZED,
    /** Bundles nested deeper than the limit. */
    TOO_DEEP,
    /** An address pattern that cannot be compiled (unclosed [ or {, too many alternatives). */
    BAD_PATTERN,
    /** The event queue was full and its oldest event was dropped. */
    QUEUE_DROPPED,
    /** Too many bundles waiting for their timetag; the new one was dropped. */
    SCHEDULE_FULL,
    /** A timetag more than the look-ahead limit in the future (sender clock off?): dispatched now. */
    FAR_FUTURE,
    /** More distinct addresses than the slot limit; the value was not stored in a slot. */
    TOO_MANY_ADDRESSES,
    /** A handler threw; the others still ran. */
    HANDLER_FAILED,
    /** Sending failed (unreachable host, message too large). */
    SEND_FAILED,
    /** The socket failed while receiving; the receiver went on. */
    SOCKET,
    /** A bug in Latente while handling a packet; counted, the receiver went on. */
    INTERNAL
}
