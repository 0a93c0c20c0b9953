package latente.audio;

import latente.audio.analysis.FftBins;
import latente.audio.analysis.Levels;
import latente.audio.analysis.OnsetDetector;
import latente.audio.analysis.SpectralFlux;
import latente.audio.analysis.Spectrum;
import latente.audio.analysis.SpectrumTexture;
import latente.audio.beat.BeatTracker;

/**
 * Everything computed from one hop of audio: spectrum, Hydra bins, bands, onsets, beats and tempo.
 * The same causal analysis serves the live input and {@code latente analyze}.
 *
 * <p>Feed it {@link Spectrum#HOP} mono samples at a time with {@link #process}; then read the
 * features from its getters (or let an {@link AudioPublisher} copy them to the bus). Events go to
 * the {@link AudioEvents} given at construction, on the calling thread.
 *
 * <p>Latency: an onset becomes visible in the flux when it is about {@link #LATENCY_SAMPLES}
 * samples old (the Hann window weights its newest samples lightly). Onset times are reported
 * that much earlier than the hop that found them, and beats, which are predicted ahead, are
 * fired that much early, so {@code on.beat} lands on the beat as heard.
 *
 * <p>Thread contract: one thread calls {@link #process} and the getters; the tuning objects
 * ({@link #bins()}, {@link #levels()}, {@link #texture()}) document their own. No allocation in
 * {@link #process}.
 */
public final class AudioAnalyzer {
    public static final int LATENCY_SAMPLES = 512;
    /** Decay time constant of the {@code audio:beat} pulse, seconds. */
    public static final double PULSE_SECONDS = 0.1;

    private final double sampleRate;
    private final AudioEvents events;
    private final Spectrum spectrum;
    private final SpectralFlux flux;
    private final OnsetDetector onsets;
    private final BeatTracker beats;
    private final FftBins bins;
    private final Levels levels;
    private final SpectrumTexture texture;
    private final int lead;
    private final double pulseDecay;
    private long hops;
    private long beatCount;
    private long onsetCount;
    private double pulse;
    private double lastBeatSeconds = -1;
    private double lastFlux;

    public AudioAnalyzer(double sampleRate, AudioEvents events) {
        this(sampleRate, events, new SpectrumTexture());
    }

    /** @param texture where each hop's spectrum is published (shared across input changes) */
    public AudioAnalyzer(double sampleRate, AudioEvents events, SpectrumTexture texture) {
        this.sampleRate = sampleRate;
        this.texture = texture;
        this.events = events;
        spectrum = new Spectrum(sampleRate);
        flux = new SpectralFlux(spectrum);
        double hopRate = sampleRate / Spectrum.HOP;
        onsets = new OnsetDetector(hopRate);
        beats = new BeatTracker(hopRate);
        bins = new FftBins(spectrum);
        levels = new Levels(spectrum);
        lead = Math.round((float) LATENCY_SAMPLES / Spectrum.HOP);
        pulseDecay = Math.exp(-Spectrum.HOP / sampleRate / PULSE_SECONDS);
    }

    /** Analyses the next {@link Spectrum#HOP} samples of {@code samples} from {@code offset}. */
    public void process(float[] samples, int offset) {
        hops++;
        spectrum.push(samples, offset);
        double[] m = spectrum.magnitudes();
        bins.update(m);
        levels.update(m);
        texture.publish(m, hops);
        lastFlux = flux.next(m);
        double now = seconds();
        if (onsets.next(lastFlux)) {
            onsetCount++;
            events.onset(onsetCount, Math.max(0, now - LATENCY_SAMPLES / sampleRate));
        }
        pulse *= pulseDecay;
        long beat = beats.next(lastFlux, lead);
        if (beat >= 0) {
            beatCount++;
            pulse = 1;
            lastBeatSeconds = Math.max(0, timeOfHop(beat) - LATENCY_SAMPLES / sampleRate);
            events.beat(beatCount, lastBeatSeconds);
        }
    }

    /** Stream time at the end of ODF sample {@code index} (index 0 is the first hop). */
    private double timeOfHop(long index) {
        return (index + 1) * (double) Spectrum.HOP / sampleRate;
    }

    /** Seconds of input analysed so far. */
    public double seconds() {
        return hops * (double) Spectrum.HOP / sampleRate;
    }

    public long hops() {
        return hops;
    }

    public double sampleRate() {
        return sampleRate;
    }

    public double bpm() {
        return beats.bpm();
    }

    /** 1 on each beat, decaying exponentially (time constant {@link #PULSE_SECONDS}). */
    public double beatPulse() {
        return pulse;
    }

    /** Position within the current beat, 0..1, extrapolated from the last beat at the current tempo. */
    public double phase() {
        if (lastBeatSeconds < 0) return 0;
        double p = (seconds() - lastBeatSeconds) * beats.bpm() / 60.0;
        p -= Math.floor(p);
        return p;
    }

    public double confidence() {
        return beats.confidence();
    }

    public long beatCount() {
        return beatCount;
    }

    public long onsetCount() {
        return onsetCount;
    }

    /** The onset detection function's latest value (spectral flux). */
    public double flux() {
        return lastFlux;
    }

    public FftBins bins() {
        return bins;
    }

    public Levels levels() {
        return levels;
    }

    public SpectrumTexture texture() {
        return texture;
    }
}
