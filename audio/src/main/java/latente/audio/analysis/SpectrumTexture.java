package latente.audio.analysis;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The FFT texture source for shaders: the latest raw and smoothed spectrum, {@link #WIDTH} bins
 * each, handed from the audio thread to the render thread without locks and without tearing.
 *
 * <p>Format of a frame ({@link Frame#data}): {@code 2 * WIDTH} floats; {@code [0, WIDTH)} is the
 * raw spectrum, {@code [WIDTH, 2 * WIDTH)} the smoothed one. Bin {@code i} covers FFT bins
 * {@code 2i} and {@code 2i + 1} (linear frequency, {@code i * sampleRate / WIDTH / 2} Hz
 * upwards; at 44.1 kHz about 21.5 Hz per texel) and holds their louder magnitude in decibels
 * mapped to 0..1 over {@link #RANGE_DB} dB ({@code 1 + dB / 80}, clamped: 0 is -80 dBFS, 1 is full
 * scale). Upload it as a 512x2 R32F texture: row 0 raw, row 1 smoothed.
 *
 * <p>Thread contract (a triple buffer): exactly one writer thread calls {@link #publish}; exactly
 * one reader thread calls {@link #latest}. The frame returned by {@code latest} belongs to the
 * reader until its next call. Neither side blocks or allocates.
 */
public final class SpectrumTexture {
    public static final int WIDTH = 512;
    public static final double RANGE_DB = 80;
    private static final int DIRTY = 4;

    /** One buffer: the spectrum rows and the hop sequence number they came from. */
    public static final class Frame {
        public final float[] data = new float[2 * WIDTH];
        public long sequence;
    }

    private final Frame[] frames = {new Frame(), new Frame(), new Frame()};
    /** Index of the middle buffer, with {@link #DIRTY} set when it holds an unread frame. */
    private final AtomicInteger middle = new AtomicInteger(1);
    private int back = 0;
    private int front = 2;
    private final float[] smoothed = new float[WIDTH];
    private volatile double smooth = 0.8;

    /** Smoothing of the second row, 0..1 (higher is slower). Any thread. */
    public void setSmooth(double s) {
        smooth = Math.max(0, Math.min(0.999, s));
    }

    /** Writes the spectrum of hop {@code sequence} (1 or more) and makes it the latest. Writer thread. */
    public void publish(double[] magnitudes, long sequence) {
        Frame f = frames[back];
        float s = (float) smooth;
        for (int i = 0; i < WIDTH; i++) {
            double m = Math.max(magnitudes[2 * i], magnitudes[2 * i + 1]);
            double db = 20 * Math.log10(m + 1e-12);
            float v = (float) Math.max(0, Math.min(1, 1 + db / RANGE_DB));
            f.data[i] = v;
            smoothed[i] = s * smoothed[i] + (1 - s) * v;
            f.data[WIDTH + i] = smoothed[i];
        }
        f.sequence = sequence;
        back = middle.getAndSet(back | DIRTY) & 3;
    }

    /**
     * The newest published frame (the same one again if nothing new came), or null before the
     * first publish. Reader thread.
     */
    public Frame latest() {
        if ((middle.get() & DIRTY) != 0) {
            front = middle.getAndSet(front) & 3;
        }
        Frame f = frames[front];
        return f.sequence == 0 ? null : f;
    }
}
