package latente.audio;

import latente.audio.analysis.FftBins;
import latente.audio.analysis.Levels;
import latente.runtime.bus.ParamBus;

/**
 * Copies the analysis results to the parameter bus after every hop. Slot names:
 * {@code audio:bass|mid|high|energy} (0..1), {@code audio:fft:0..63} (0..1, Hydra-style bins;
 * those beyond {@code audio:bins} read 0), {@code audio:bins}, {@code audio:bpm},
 * {@code audio:beat} (1 on a beat, decaying), {@code audio:beatCount}, {@code audio:onsetCount},
 * {@code audio:confidence} (0..1), {@code audio:phase} (0..1 within the beat), {@code audio:time}
 * (seconds of input analysed) and {@code audio:hop} (hop sequence number; it changes when new
 * features are in).
 *
 * <p>Slots are allocated once at construction; {@link #publish} only does lock-free
 * {@code ParamBus.set} calls and allocates nothing. One writer: the audio thread.
 */
public final class AudioPublisher {
    public static final String PREFIX = "audio:";

    private final ParamBus bus;
    private final int bass, mid, high, energy, bins, bpm, beat, beatCount, onsetCount, confidence, phase, time, hop;
    private final int[] fft = new int[FftBins.MAX_BINS];

    public AudioPublisher(ParamBus bus) {
        this.bus = bus;
        bass = bus.slot(PREFIX + "bass");
        mid = bus.slot(PREFIX + "mid");
        high = bus.slot(PREFIX + "high");
        energy = bus.slot(PREFIX + "energy");
        bins = bus.slot(PREFIX + "bins");
        bpm = bus.slot(PREFIX + "bpm");
        beat = bus.slot(PREFIX + "beat");
        beatCount = bus.slot(PREFIX + "beatCount");
        onsetCount = bus.slot(PREFIX + "onsetCount");
        confidence = bus.slot(PREFIX + "confidence");
        phase = bus.slot(PREFIX + "phase");
        time = bus.slot(PREFIX + "time");
        hop = bus.slot(PREFIX + "hop");
        for (int i = 0; i < fft.length; i++) fft[i] = bus.slot(PREFIX + "fft:" + i);
    }

    /** The bus slot of Hydra bin {@code i} (0..63). */
    public int fftSlot(int i) {
        return fft[i];
    }

    public int binsSlot() {
        return bins;
    }

    public void publish(AudioAnalyzer a) {
        Levels l = a.levels();
        bus.set(bass, l.level(Levels.BASS));
        bus.set(mid, l.level(Levels.MID));
        bus.set(high, l.level(Levels.HIGH));
        bus.set(energy, l.level(Levels.ENERGY));
        FftBins b = a.bins();
        int n = b.updatedBins();
        for (int i = 0; i < fft.length; i++) bus.set(fft[i], i < n ? b.value(i) : 0);
        bus.set(bins, n);
        bus.set(bpm, a.bpm());
        bus.set(beat, a.beatPulse());
        bus.set(beatCount, a.beatCount());
        bus.set(onsetCount, a.onsetCount());
        bus.set(confidence, a.confidence());
        bus.set(phase, a.phase());
        bus.set(time, a.seconds());
        bus.set(hop, a.hops());
    }
}
