package latente.audio.input;

import javax.sound.sampled.AudioFormat;

/**
 * A stand-in for a sound card's capture line (there is none on the build machine): serves a
 * signal as interleaved 16-bit little-endian frames with the same value on every channel, then
 * either fails the way an unplugged device does or stalls (returns nothing), as configured.
 */
public final class FakeLine implements CaptureLine {
    public enum End { THROW, STALL }

    private final float[] signal;
    private final float rate;
    private final int channels;
    private final End end;
    private int position;
    public volatile boolean closed;
    public volatile int largestRead;

    public FakeLine(float[] signal, float rate, int channels, End end) {
        this.signal = signal;
        this.rate = rate;
        this.channels = channels;
        this.end = end;
    }

    @Override
    public AudioFormat format() {
        return new AudioFormat(rate, 16, channels, true, false);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int frames = length / (2 * channels);
        largestRead = Math.max(largestRead, frames);
        if (position >= signal.length) {
            if (end == End.THROW) throw new IllegalStateException("device unplugged");
            return 0;
        }
        frames = Math.min(frames, signal.length - position);
        int p = offset;
        for (int f = 0; f < frames; f++) {
            int v = Math.max(-32768, Math.min(32767, Math.round(signal[position++] * 32767f)));
            for (int c = 0; c < channels; c++) {
                buffer[p++] = (byte) v;
                buffer[p++] = (byte) (v >> 8);
            }
        }
        return frames * 2 * channels;
    }

    @Override
    public String name() {
        return "Fake USB Audio";
    }

    @Override
    public void close() {
        closed = true;
    }
}
