package latente.runtime.record;

/**
 * Seam for live audio (implemented by the audio input): while a sink is attached, the audio
 * thread hands it every captured block. Thread contract: attach/detach from any thread; pushes
 * on the audio thread, which the sink must never block.
 */
public interface PcmSource {
    int sampleRate();

    int channels();

    void attach(PcmSink sink);

    void detach(PcmSink sink);
}
