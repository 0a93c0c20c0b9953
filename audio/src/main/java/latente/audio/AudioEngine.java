package latente.audio;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import latente.audio.analysis.Spectrum;
import latente.audio.analysis.SpectrumTexture;
import latente.audio.input.AudioInput;
import latente.audio.input.AudioInputs;
import latente.audio.input.SilenceInput;

/**
 * Runs the audio input and its analysis, and keeps the bus up to date.
 *
 * <p>Live ({@link #start}): a daemon thread "latente-audio" reads hops from the current input,
 * analyses them and publishes every feature to the bus at once. It catches everything: a device
 * that vanishes, a file that ends or breaks, a bug in a decoder, each becomes one notice and the
 * input becomes silence, and the thread goes on. Offline (no thread): {@link #advanceTo} drives
 * the same work from frame time, for deterministic renders.
 *
 * <p>Thread contract: {@link #use}, {@link #input}, the tuning setters and {@link #close} may be
 * called from any thread; the switch to a new input happens on the audio thread at the next hop.
 * Events go to {@link #events()}, which the control thread drains. Notices are delivered on the
 * audio thread or the caller's thread; the consumer must not block.
 */
public final class AudioEngine implements AutoCloseable {
    public static final double DEFAULT_RATE = 44100;

    private final AudioPublisher publisher;
    private final Consumer<String> notices;
    private final boolean paced;
    private final AudioEventQueue events = new AudioEventQueue();
    private final SpectrumTexture texture = new SpectrumTexture();
    private final AtomicReference<AudioInput> requested = new AtomicReference<>();
    private final float[] hop = new float[Spectrum.HOP];
    private volatile AudioAnalyzer analyzer;
    private volatile AudioInput input;
    private volatile LongConsumer latencyProbe;
    private volatile Thread thread;
    private volatile boolean running;
    private int filled;
    private long lastAnalysisNotice;
    private final AudioTuning tuning = new AudioTuning();

    /**
     * @param paced true for live use (files and silence follow the wall clock), false for offline
     *     analysis driven by {@link #advanceTo}
     */
    public AudioEngine(latente.runtime.bus.ParamBus bus, Consumer<String> notices, boolean paced) {
        this.publisher = new AudioPublisher(bus);
        this.notices = notices;
        this.paced = paced;
        this.input = new SilenceInput(DEFAULT_RATE, paced);
        this.analyzer = newAnalyzer(DEFAULT_RATE);
    }

    /** Starts the audio thread (once). */
    public synchronized void start() {
        if (thread != null) return;
        running = true;
        thread = new Thread(this::loop, "latente-audio");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Switches to {@code next} at the next hop; the previous input is closed. Any thread. */
    public void use(AudioInput next) {
        AudioInput old = requested.getAndSet(next);
        if (old != null) old.close();
    }

    /**
     * Chooses the input by name and never throws: an existing file path plays that file; "none" or
     * "silence" is silence; anything else names a capture device ("default" for the system's). What
     * cannot be opened gives one notice and silence. Returns the description of what is used.
     */
    public String input(String spec) {
        AudioInput next;
        try {
            next = AudioInputs.open(spec, paced, DEFAULT_RATE);
        } catch (Exception | LinkageError e) {
            notice("audio: " + e.getMessage() + "; using silence");
            next = new SilenceInput(DEFAULT_RATE, paced);
        }
        use(next);
        return next.describe();
    }

    /** Offline: analyses input until {@code seconds} of it have been processed (silence after its end). */
    public void advanceTo(double seconds) {
        while (analyzer.seconds() < seconds) step();
    }

    /** Seconds of input analysed so far (offline: how far {@link #advanceTo} has gone). */
    public double analysedSeconds() {
        return analyzer.seconds();
    }

    private void loop() {
        while (running) step();
        closeQuietly(input);
    }

    /** Reads what is due of one hop, and analyses and publishes it when complete. Never throws. */
    private void step() {
        AudioInput next = requested.getAndSet(null);
        if (next != null) switchTo(next);
        AudioInput in = input;
        try {
            int n = in.read(hop, filled, Spectrum.HOP - filled);
            if (n < 0) {
                notice("audio: " + in.describe() + " ended; silence from here");
                switchTo(new SilenceInput(in.sampleRate(), paced));
                return;
            }
            filled += n;
            if (filled < Spectrum.HOP) return;
            long arrived = System.nanoTime();
            filled = 0;
            AudioAnalyzer a = analyzer;
            a.process(hop, 0);
            publisher.publish(a);
            LongConsumer probe = latencyProbe;
            if (probe != null) probe.accept(System.nanoTime() - arrived);
        } catch (Throwable t) {
            if (!running && thread != null) return;
            double rate = in.sampleRate() > 0 ? in.sampleRate() : DEFAULT_RATE;
            if (in instanceof SilenceInput) {
                // Silence cannot fail, so the analysis did: start it afresh, and say so at most once a minute.
                analyzer = newAnalyzer(rate);
                long now = System.nanoTime();
                if (now - lastAnalysisNotice > 60_000_000_000L || lastAnalysisNotice == 0) {
                    lastAnalysisNotice = now;
                    notice("audio: analysis failed (" + t + "); restarted");
                }
                return;
            }
            notice("audio: " + in.describe() + " failed (" + t.getMessage() + "); continuing with silence");
            switchTo(new SilenceInput(rate, paced));
        }
    }

    private void switchTo(AudioInput next) {
        AudioInput old = input;
        input = next;
        filled = 0;
        if (old != next) closeQuietly(old);
        if (next.sampleRate() != analyzer.sampleRate()) analyzer = newAnalyzer(next.sampleRate());
    }

    private AudioAnalyzer newAnalyzer(double rate) {
        AudioAnalyzer a = new AudioAnalyzer(rate, events, texture);
        tuning.applyTo(a);
        return a;
    }

    /** Passes one line to the notice consumer, which must never be able to stop the audio thread. */
    private void notice(String line) {
        try {
            notices.accept(line);
        } catch (Throwable ignored) {
            // a broken console must not silence the analysis
        }
    }

    private static void closeQuietly(AudioInput in) {
        try {
            in.close();
        } catch (Throwable ignored) {
            // a broken device may fail to close too; it is being dropped either way
        }
    }

    public void setBins(int n) {
        tuning.bins = n;
        analyzer.bins().setBins(n);
    }

    public void setSmooth(double s) {
        tuning.smooth = s;
        analyzer.bins().setSmooth(s);
    }

    public void setCutoff(double c) {
        tuning.cutoff = c;
        analyzer.bins().setCutoff(c);
    }

    public void setScale(double s) {
        tuning.scale = s;
        analyzer.bins().setScale(s);
    }

    public void setAttack(double seconds) {
        tuning.attack = seconds;
        analyzer.levels().setAttack(seconds);
    }

    public void setRelease(double seconds) {
        tuning.release = seconds;
        analyzer.levels().setRelease(seconds);
    }

    public int bins() {
        return analyzer.bins().bins();
    }

    /** Beat and onset events for the control thread to drain. */
    public AudioEventQueue events() {
        return events;
    }

    /** The FFT texture source for the render thread. */
    public SpectrumTexture texture() {
        return texture;
    }

    public AudioPublisher publisher() {
        return publisher;
    }

    /** What is playing now, for messages. */
    public String describe() {
        return input.describe();
    }

    /** Receives, on the audio thread, the nanoseconds from a hop's last sample arriving to its features being on the bus. */
    public void setLatencyProbe(LongConsumer probe) {
        latencyProbe = probe;
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            // Closing the line from here is what unblocks a capture read; the thread then exits quietly.
            closeQuietly(input);
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            closeQuietly(input);
        }
        AudioInput pending = requested.getAndSet(null);
        if (pending != null) closeQuietly(pending);
    }
}
