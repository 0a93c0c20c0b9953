package latente.audio;

import latente.audio.analysis.SpectrumTexture;
import latente.runtime.bus.ParamBus;

/**
 * The performer-facing audio object: {@code audio} in a set (and {@code a}, its Hydra alias).
 * Every getter is one lock-free bus read, safe from any thread, so closures such as
 * {@code { audio.bass * 0.4 }} cost nothing on the control thread. Setters forward to the
 * {@link AudioEngine} and never throw.
 *
 * <p>Groovy mapping: {@code audio.bass} is {@link #getBass()}, {@code audio.fft[3]} is
 * {@code getFft().getAt(3)}, {@code a.setBins(8)} is {@link #setBins(int)},
 * {@code audio.input 'track.wav'} is {@link #input(String)}.
 */
public final class Audio {
    private final ParamBus bus;
    private final AudioEngine engine;
    private final FftView fft;
    private final int bass, mid, high, energy, bpm, beat, beatCount, onsetCount, confidence, phase;

    public Audio(ParamBus bus, AudioEngine engine) {
        this.bus = bus;
        this.engine = engine;
        this.fft = new FftView(bus, engine.publisher());
        String p = AudioPublisher.PREFIX;
        bass = bus.slot(p + "bass");
        mid = bus.slot(p + "mid");
        high = bus.slot(p + "high");
        energy = bus.slot(p + "energy");
        bpm = bus.slot(p + "bpm");
        beat = bus.slot(p + "beat");
        beatCount = bus.slot(p + "beatCount");
        onsetCount = bus.slot(p + "onsetCount");
        confidence = bus.slot(p + "confidence");
        phase = bus.slot(p + "phase");
    }

    public double getBass() {
        return bus.get(bass);
    }

    public double getMid() {
        return bus.get(mid);
    }

    public double getHigh() {
        return bus.get(high);
    }

    public double getEnergy() {
        return bus.get(energy);
    }

    public FftView getFft() {
        return fft;
    }

    /** Detected tempo in BPM (120 until the tracker has heard enough). */
    public double getBpm() {
        return bus.get(bpm);
    }

    /** 1 on each beat, decaying to 0 within a few tenths of a second. */
    public double getBeat() {
        return bus.get(beat);
    }

    /** 0..1 through the current beat. */
    public double getPhase() {
        return bus.get(phase);
    }

    /** 0..1: how well recent beats matched the onsets heard. */
    public double getConfidence() {
        return bus.get(confidence);
    }

    public long getBeatCount() {
        return (long) bus.get(beatCount);
    }

    public long getOnsetCount() {
        return (long) bus.get(onsetCount);
    }

    /** Hydra's {@code a.setBins(n)}: number of {@code fft} bins, 1..64 (default 4). */
    public void setBins(int n) {
        engine.setBins(n);
    }

    /** Hydra's {@code a.setSmooth(s)}: 0..1, higher is slower (default 0.4). */
    public void setSmooth(double s) {
        engine.setSmooth(s);
    }

    /** Hydra's {@code a.setCutoff(c)}: loudness below which a bin reads 0 (default 2). */
    public void setCutoff(double c) {
        engine.setCutoff(c);
    }

    /** Hydra's {@code a.setScale(s)}: loudness above the cutoff that reads 1 (default 10). */
    public void setScale(double s) {
        engine.setScale(s);
    }

    /** Attack time of the bands, seconds (default 0.01). */
    public void setAttack(double seconds) {
        engine.setAttack(seconds);
    }

    /** Release time of the bands, seconds (default 0.15). */
    public void setRelease(double seconds) {
        engine.setRelease(seconds);
    }

    /** A file path, a capture device name, "default" or "none"; never throws (see {@link AudioEngine#input}). */
    public String input(String spec) {
        return engine.input(spec);
    }

    /** Beat and onset events for {@code on.beat {}} and {@code on.onset {}}; drained by the control thread. */
    public AudioEventQueue events() {
        return engine.events();
    }

    /** The FFT texture for shaders; read by the render thread. */
    public SpectrumTexture texture() {
        return engine.texture();
    }

    @Override
    public String toString() {
        return String.format("audio[%s: bass %.2f mid %.2f high %.2f energy %.2f, %.1f BPM, confidence %.2f]",
                engine.describe(), getBass(), getMid(), getHigh(), getEnergy(), getBpm(), getConfidence());
    }
}
