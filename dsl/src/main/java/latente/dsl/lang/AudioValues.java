package latente.dsl.lang;

import latente.audio.Audio;
import latente.dsl.show.ShowControl;
import latente.runtime.bus.ParamBus;

/**
 * {@code audio} (and its Hydra alias {@code a}) in a set. Every value is a {@link LiveInput}: in a
 * closure it is the current number ({@code { a.fft[0] * 4 }}), given straight to a visual
 * function it is read by the render thread every frame ({@code .scale(audio.bass)}).
 * The analysis starts the first time a set touches {@code audio}.
 */
public final class AudioValues {
    private final ShowControl showControl;
    private final Audio audio;
    private final LiveInput bass, mid, high, energy, beat, bpm, phase, confidence;
    private final Fft fft;

    /** {@code audio.fft[i]}: Hydra's bins (4 by default, {@code a.setBins(n)}, up to 64). */
    public static final class Fft {
        private final LiveInput[] bins = new LiveInput[64];

        Fft(ParamBus bus) {
            for (int i = 0; i < bins.length; i++) bins[i] = new LiveInput(bus, bus.slot("audio:fft:" + i), "a.fft[" + i + "]");
        }

        /** Bin {@code i}; a bin beyond {@code setBins} reads 0. */
        public LiveInput getAt(int i) {
            if (i < 0 || i >= bins.length) throw new IllegalArgumentException("a.fft has bins 0..63 (setBins chooses how many are used), not " + i);
            return bins[i];
        }

        @Override
        public String toString() {
            return "fft bins";
        }
    }

    AudioValues(ShowControl showControl) {
        this.showControl = showControl;
        this.audio = showControl.audio();
        ParamBus bus = showControl.bus();
        bass = in(bus, "bass");
        mid = in(bus, "mid");
        high = in(bus, "high");
        energy = in(bus, "energy");
        beat = in(bus, "beat");
        bpm = in(bus, "bpm");
        phase = in(bus, "phase");
        confidence = in(bus, "confidence");
        fft = new Fft(bus);
    }

    private static LiveInput in(ParamBus bus, String name) {
        return new LiveInput(bus, bus.slot("audio:" + name), "audio." + name);
    }

    public LiveInput getBass() {
        return bass;
    }

    public LiveInput getMid() {
        return mid;
    }

    public LiveInput getHigh() {
        return high;
    }

    public LiveInput getEnergy() {
        return energy;
    }

    /** Hydra's {@code a.vol}: the overall loudness, the same value as {@code energy}. */
    public LiveInput getVol() {
        return energy;
    }

    /**
     * Hydra's {@code a.show()} draws the bins over the picture; Latente never draws on the
     * audience output, so it prints the bins as they are now (to the REPL and the HUD's messages).
     */
    public String show() {
        StringBuilder s = new StringBuilder("a.fft:");
        latente.audio.FftView bins = audio.getFft();
        for (int i = 0; i < bins.size(); i++) s.append(String.format(java.util.Locale.ROOT, " %.2f", bins.getAt(i)));
        s.append("  (a.show() prints the bins; nothing is drawn over the audience output)");
        showControl.say(s.toString());
        return s.toString();
    }

    /** Hydra's {@code a.hide()}: nothing is drawn, so nothing to hide. */
    public void hide() {
    }

    /** 1 on each beat the tracker hears, decaying. */
    public LiveInput getBeat() {
        return beat;
    }

    public LiveInput getBpm() {
        return bpm;
    }

    public LiveInput getPhase() {
        return phase;
    }

    public LiveInput getConfidence() {
        return confidence;
    }

    public long getBeatCount() {
        return audio.getBeatCount();
    }

    public long getOnsetCount() {
        return audio.getOnsetCount();
    }

    public Fft getFft() {
        return fft;
    }

    public void setBins(int n) {
        audio.setBins(n);
    }

    public void setSmooth(Number s) {
        audio.setSmooth(s.doubleValue());
    }

    public void setCutoff(Number c) {
        audio.setCutoff(c.doubleValue());
    }

    public void setScale(Number s) {
        audio.setScale(s.doubleValue());
    }

    public void setAttack(Number seconds) {
        audio.setAttack(seconds.doubleValue());
    }

    public void setRelease(Number seconds) {
        audio.setRelease(seconds.doubleValue());
    }

    /** {@code audio.input 'track.wav'} (beside the set), a device name, 'default' or 'none'. Never throws. */
    public String input(String spec) {
        return showControl.audioInput(spec);
    }

    @Override
    public String toString() {
        return audio.toString();
    }
}
