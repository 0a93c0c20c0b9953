package latente.audio.input;

import javax.sound.sampled.AudioFormat;

/**
 * The seam between capture and the sound card: what {@link CaptureInput} needs of a
 * {@code TargetDataLine}. {@link JavaSoundLine} is the real one; tests use a fake, since this
 * machine has no sound card.
 */
public interface CaptureLine extends AutoCloseable {
    /** The opened format (signed or float PCM, any channel count). */
    AudioFormat format();

    /** Blocks until {@code length} bytes (whole frames) are read, as {@code TargetDataLine.read} does. */
    int read(byte[] buffer, int offset, int length);

    /** The device name, for messages. */
    String name();

    @Override
    void close();
}
