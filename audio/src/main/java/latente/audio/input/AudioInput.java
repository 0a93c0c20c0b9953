package latente.audio.input;

import java.io.IOException;

/**
 * A source of mono audio samples in -1..1: a capture device, a file, or silence.
 *
 * <p>Thread contract: one thread (the audio thread, or the thread running an offline analysis)
 * calls {@link #read}; {@link #close} may be called from another thread to stop it.
 */
public interface AudioInput extends AutoCloseable {
    double sampleRate();

    /**
     * Reads up to {@code length} samples into {@code dst}. A live or paced source blocks until
     * they are due. Returns the number read (at least 1), or -1 at the end of a file.
     *
     * @throws IOException when the source fails (a device unplugged, a broken stream)
     */
    int read(float[] dst, int offset, int length) throws IOException;

    /** One line for messages: "file song.wav (44100 Hz)", "device 'USB Audio' (48000 Hz)". */
    String describe();

    @Override
    void close();
}
