package latente.runtime.osc;

import java.time.Instant;

/**
 * An OSC timetag: NTP time, seconds since 1900-01-01 in the high 32 bits and the fraction of a
 * second in the low 32 bits. The value 1 means "immediately".
 */
public record OscTimetag(long ntp) {
    public static final OscTimetag IMMEDIATE = new OscTimetag(1L);
    /** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01 (Unix epoch). */
    static final long NTP_UNIX_OFFSET = 2_208_988_800L;

    public boolean immediate() {
        return ntp == 1L;
    }

    /** The timetag of an instant given in nanoseconds since the Unix epoch. */
    public static OscTimetag ofEpochNanos(long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        long nanos = Math.floorMod(epochNanos, 1_000_000_000L);
        long fraction = (nanos << 32) / 1_000_000_000L;
        return new OscTimetag(((seconds + NTP_UNIX_OFFSET) << 32) | fraction);
    }

    public static OscTimetag now() {
        return ofEpochNanos(epochNanosNow());
    }

    /** Nanoseconds since the Unix epoch (as NTP era 0 allows, until 2036). */
    public long epochNanos() {
        long seconds = (ntp >>> 32) - NTP_UNIX_OFFSET;
        long nanos = ((ntp & 0xFFFF_FFFFL) * 1_000_000_000L) >>> 32;
        return seconds * 1_000_000_000L + nanos;
    }

    static long epochNanosNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public String toString() {
        return immediate() ? "immediate" : Instant.ofEpochSecond(0, epochNanos()).toString();
    }
}
