package latente.runtime.osc;

/**
 * Settings of an {@link OscIn}.
 *
 * @param port           UDP port; 0 picks a free one (tests). Default {@link #DEFAULT_PORT}.
 * @param bindAddress    interface to listen on: "0.0.0.0" (every interface, so a phone with
 *                       TouchOSC on the same network reaches it) or "127.0.0.1" (this machine only)
 * @param maxPacketBytes larger packets are dropped as oversized
 * @param queueCapacity  events waiting for the control thread before the oldest is dropped
 * @param maxAddresses   distinct addresses that get a bus slot from incoming traffic
 * @param maxScheduled   bundle messages waiting for a future timetag
 * @param maxAheadNanos  a timetag further ahead than this is taken as a clock mismatch and
 *                       dispatched at once
 */
public record OscInConfig(int port, String bindAddress, int maxPacketBytes, int queueCapacity,
                          int maxAddresses, int maxScheduled, long maxAheadNanos) {
    /**
     * 57125: not SuperCollider's 57110 (server) or 57120 (language), not 57121 (common in
     * osc.js examples), and clear of the 8000/9000 pairs TouchOSC and many apps default to.
     */
    public static final int DEFAULT_PORT = 57125;

    public static OscInConfig defaults() {
        return new OscInConfig(DEFAULT_PORT, "0.0.0.0", 16_384, 4_096, 512, 4_096, 10_000_000_000L);
    }

    public OscInConfig withPort(int p) {
        return new OscInConfig(p, bindAddress, maxPacketBytes, queueCapacity, maxAddresses, maxScheduled, maxAheadNanos);
    }

    public OscInConfig withBindAddress(String a) {
        return new OscInConfig(port, a, maxPacketBytes, queueCapacity, maxAddresses, maxScheduled, maxAheadNanos);
    }

    public OscInConfig withQueueCapacity(int c) {
        return new OscInConfig(port, bindAddress, maxPacketBytes, c, maxAddresses, maxScheduled, maxAheadNanos);
    }
}
