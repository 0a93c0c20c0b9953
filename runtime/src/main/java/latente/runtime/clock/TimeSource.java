package latente.runtime.clock;

/**
 * Where the clock reads "now", in nanoseconds on a monotonic, arbitrary-origin scale.
 * Production uses {@link #SYSTEM} (System.nanoTime); tests use {@link SimulatedTime}; offline
 * rendering uses {@link FrameTime} so that frame k always lands at exactly k/fps seconds.
 * Implementations must be safe to call from any thread.
 */
@FunctionalInterface
public interface TimeSource {
    long nanos();

    TimeSource SYSTEM = System::nanoTime;
}
