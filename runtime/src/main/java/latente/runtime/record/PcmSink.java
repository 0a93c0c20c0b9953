package latente.runtime.record;

/** Receives captured audio: {@code frames} frames of interleaved samples in -1..1. Never blocks. */
@FunctionalInterface
public interface PcmSink {
    void push(float[] interleaved, int offset, int frames);
}
