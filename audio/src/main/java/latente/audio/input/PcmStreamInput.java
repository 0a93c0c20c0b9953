package latente.audio.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.locks.LockSupport;

/**
 * Mono samples decoded from a PCM byte stream (a WAV data chunk, ffmpeg's output), optionally
 * paced to the wall clock so that a file plays along in real time, as a rehearsal track does.
 *
 * <p>Unpaced, it delivers samples as fast as they are read: offline analysis and renders that
 * drive the audio by frame time. The read buffer is allocated once.
 */
public final class PcmStreamInput implements AudioInput {
    private final InputStream in;
    private final PcmDecoder decoder;
    private final double sampleRate;
    private final String description;
    private final boolean paced;
    private final Runnable onClose;
    private final byte[] bytes;
    private long remaining;
    private long delivered;
    private long startNanos = -1;
    private int pending;

    /**
     * @param length bytes of audio in the stream, or -1 for "until the end"
     * @param onClose extra cleanup (stopping a decoder process), may be null
     */
    public PcmStreamInput(InputStream in, PcmDecoder decoder, double sampleRate, long length, String description, boolean paced, Runnable onClose) {
        this.in = in;
        this.decoder = decoder;
        this.sampleRate = sampleRate;
        this.remaining = length < 0 ? Long.MAX_VALUE : length;
        this.description = description;
        this.paced = paced;
        this.onClose = onClose;
        this.bytes = new byte[decoder.frameBytes() * 4096];
    }

    @Override
    public double sampleRate() {
        return sampleRate;
    }

    @Override
    public int read(float[] dst, int offset, int length) throws IOException {
        int frameBytes = decoder.frameBytes();
        int want = (int) Math.min(Math.min(length, bytes.length / frameBytes) * (long) frameBytes, remaining - remaining % frameBytes);
        if (want <= 0) return -1;
        while (pending < frameBytes) {
            int n = in.read(bytes, pending, want - pending);
            if (n < 0) return -1;
            pending += n;
        }
        int frames = pending / frameBytes;
        decoder.decode(bytes, frames, dst, offset);
        int used = frames * frameBytes;
        System.arraycopy(bytes, used, bytes, 0, pending - used);
        pending -= used;
        remaining -= used;
        delivered += frames;
        if (paced) pace();
        return frames;
    }

    /** Sleeps until the wall clock reaches the end of the samples delivered so far. */
    private void pace() {
        long now = System.nanoTime();
        if (startNanos < 0) startNanos = now;
        long due = startNanos + (long) (delivered * 1e9 / sampleRate);
        while (due - now > 0) {
            LockSupport.parkNanos(due - now);
            if (Thread.currentThread().isInterrupted()) return;
            now = System.nanoTime();
        }
    }

    /** Seconds of audio delivered so far. */
    public double position() {
        return delivered / sampleRate;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a finished stream: nothing left to do
        }
        if (onClose != null) onClose.run();
    }
}
