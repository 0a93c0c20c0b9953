package latente.audio.input;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Zeros, paced to the wall clock so that the analysis keeps ticking (the bands settle to 0 and the
 * beat fades) when there is no input. Never fails.
 */
public final class SilenceInput implements AudioInput {
    private final double sampleRate;
    private final boolean paced;
    private long delivered;
    private long startNanos = -1;

    public SilenceInput(double sampleRate, boolean paced) {
        this.sampleRate = sampleRate;
        this.paced = paced;
    }

    @Override
    public double sampleRate() {
        return sampleRate;
    }

    @Override
    public int read(float[] dst, int offset, int length) {
        Arrays.fill(dst, offset, offset + length, 0f);
        delivered += length;
        if (paced) {
            long now = System.nanoTime();
            if (startNanos < 0) startNanos = now;
            long due = startNanos + (long) (delivered * 1e9 / sampleRate);
            if (due > now) LockSupport.parkNanos(due - now);
        }
        return length;
    }

    @Override
    public String describe() {
        return "silence";
    }

    @Override
    public void close() {}
}
