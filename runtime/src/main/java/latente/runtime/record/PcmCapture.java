package latente.runtime.record;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live audio to a WAV file beside the recording. The audio thread {@link #push pushes} into a
 * preallocated single-producer ring (no lock, no allocation); a writer thread drains it into a
 * crash-safe {@link WavWriter} every 20 ms. If the writer falls four seconds behind, samples are
 * dropped and counted rather than ever blocking the audio thread.
 */
final class PcmCapture implements PcmSink {
    private final float[] ring;
    private final int channels;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong droppedFrames = new AtomicLong();
    private final WavWriter wav;
    private final Thread thread;
    private final PrintStream messages;
    private volatile boolean running = true;
    private volatile String failure;

    PcmCapture(Path path, int sampleRate, int channels, PrintStream messages) throws IOException {
        this.channels = channels;
        this.messages = messages;
        this.ring = new float[sampleRate * channels * 4];
        this.wav = new WavWriter(path, sampleRate, channels);
        this.thread = new Thread(this::drainLoop, "latente-record-audio");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void push(float[] interleaved, int offset, int frames) {
        int n = frames * channels;
        long w = written.get();
        if (w + n - read.get() > ring.length) {
            droppedFrames.addAndGet(frames);
            return;
        }
        for (int i = 0; i < n; i++) ring[(int) ((w + i) % ring.length)] = interleaved[offset + i];
        written.set(w + n);
    }

    private void drainLoop() {
        float[] chunk = new float[4096 * channels];
        while (true) {
            boolean last = !running;
            try {
                long r = read.get();
                long avail = written.get() - r;
                while (avail > 0) {
                    int n = (int) Math.min(avail, chunk.length);
                    for (int i = 0; i < n; i++) chunk[i] = ring[(int) ((r + i) % ring.length)];
                    if (failure == null) wav.write(chunk, 0, n / channels);
                    r += n;
                    avail -= n;
                    read.set(r);
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = "audio capture stopped: " + e.getMessage();
                    messages.println("record: " + failure + " (the video goes on)");
                }
            }
            if (last) return;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                running = false;
            }
        }
    }

    /** Stops draining, writes the final header; returns what happened, for the summary. */
    String finish() {
        running = false;
        try {
            thread.join(5000);
            wav.close();
        } catch (InterruptedException | IOException e) {
            return "audio capture: " + e.getMessage();
        }
        String s = String.format(java.util.Locale.ROOT, "%.1f s of live audio", wav.seconds());
        if (droppedFrames.get() > 0) s += " (" + droppedFrames.get() + " samples dropped)";
        return failure != null ? s + "; " + failure : s;
    }
}
