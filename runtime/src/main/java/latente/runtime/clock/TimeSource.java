package latente.runtime.clock;

/**
 * Where the clock reads "now", in nanoseconds on a monotonic, arbitrary-origin scale.
 * Live shows use {@link #SYSTEM} (System.nanoTime); offline rendering steps its own source from
 * frame times (the engine's show time); tests drive a simulated one by hand.
 * Implementations must be safe to call from any thread.
 */
@FunctionalInterface
public interface TimeSource {
    long nanos();

    TimeSource SYSTEM = System::nanoTime;
}
