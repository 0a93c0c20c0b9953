package latente.audio.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthesizes drum-pattern signals with known beat and onset times, for the accuracy tests and
 * {@code latente bench audio}: a kick on beats 1 and 3, a snare on 2 and 4, a closed hi-hat on
 * every eighth note. Tempo may change between sections and
 * sections may be silent (a break: the reference beats carry on through it, as a listener's would).
 */
public final class DrumSynth {
    private final double rate;
    private final float[] out;
    private final List<Double> beats = new ArrayList<>();
    private final List<Double> hits = new ArrayList<>();
    private final Random random = new Random(42);
    private double cursor;
    private int beatIndex;

    public DrumSynth(double rate, double seconds) {
        this.rate = rate;
        out = new float[(int) (rate * seconds)];
        cursor = 0.25;
    }

    /** Plays the pattern at {@code bpm} until {@code until} seconds. */
    public DrumSynth play(double bpm, double until) {
        return section(bpm, until, true);
    }

    /** Keeps counting beats at {@code bpm} until {@code until} seconds, without sound. */
    public DrumSynth rest(double bpm, double until) {
        return section(bpm, until, false);
    }

    private DrumSynth section(double bpm, double until, boolean sound) {
        double period = 60.0 / bpm;
        while (cursor < until - 1e-9) {
            beats.add(cursor);
            if (sound) {
                if (beatIndex % 2 == 0) kick(cursor, 0.9);
                else snare(cursor, 0.7);
                hat(cursor, 0.25);
                hat(cursor + period / 2, 0.18);
                hits.add(cursor);
            }
            cursor += period;
            beatIndex++;
        }
        return this;
    }

    /**
     * Isolated hits: kick, snare or hat chosen at random, 0.2 to 0.6 s apart, at random levels
     * from -12 to 0 dB; their start times go to {@link #hits()}.
     */
    public DrumSynth isolatedHits(double until) {
        Random r = new Random(3);
        double t = 0.3;
        while (t < until) {
            double amp = Math.pow(10, -12 * r.nextDouble() / 20);
            switch (r.nextInt(3)) {
                case 0 -> kick(t, 0.9 * amp);
                case 1 -> snare(t, 0.7 * amp);
                default -> hat(t, 0.4 * amp);
            }
            hits.add(t);
            t += 0.2 + 0.4 * r.nextDouble();
        }
        return this;
    }

    /**
     * Four-on-the-floor until {@code until} seconds: a kick on every beat, a snare on 2 and 4, an
     * open hat on every off-beat, over a sustained two-note pad that changes chord every bar (the
     * pad is not an onset source the tracker should follow, just harmonic clutter).
     */
    public DrumSynth house(double bpm, double until) {
        double period = 60.0 / bpm;
        while (cursor < until - 1e-9) {
            beats.add(cursor);
            kick(cursor, 0.8);
            if (beatIndex % 2 == 1) snare(cursor, 0.5);
            hat(cursor + period / 2, 0.3);
            hits.add(cursor);
            if (beatIndex % 4 == 0) pad(cursor, 4 * period, beatIndex % 8 == 0 ? 220 : 196, 0.15);
            cursor += period;
            beatIndex++;
        }
        return this;
    }

    /** A sustained chord (root and fifth, a little detuned) with a 50 ms fade in and out. */
    public void pad(double at, double seconds, double root, double amp) {
        int start = (int) (at * rate), n = (int) (seconds * rate), fade = (int) (0.05 * rate);
        for (int i = 0; i < n && start + i < out.length; i++) {
            double t = i / rate;
            double env = Math.min(1.0, Math.min(i, n - i) / (double) fade);
            double v = Math.sin(2 * Math.PI * root * t) + Math.sin(2 * Math.PI * root * 1.5 * t) + 0.5 * Math.sin(2 * Math.PI * root * 2.003 * t);
            out[start + i] += (float) (amp * env * v / 2.5);
        }
    }

    /** Adds white noise of the given RMS over the whole signal. */
    public DrumSynth noise(double rms) {
        Random r = new Random(7);
        for (int i = 0; i < out.length; i++) out[i] += (float) (r.nextGaussian() * rms);
        return this;
    }

    public void kick(double at, double amp) {
        int start = (int) (at * rate);
        double phase = 0;
        int n = (int) (rate * 0.6);
        for (int i = 0; i < n && start + i < out.length; i++) {
            double t = i / rate;
            double f = 50 + 110 * Math.exp(-t / 0.03);
            phase += 2 * Math.PI * f / rate;
            out[start + i] += (float) (amp * Math.sin(phase) * Math.exp(-t / 0.2) * fade(i, n));
        }
    }

    public void snare(double at, double amp) {
        int start = (int) (at * rate);
        int n = (int) (rate * 0.3);
        for (int i = 0; i < n && start + i < out.length; i++) {
            double t = i / rate;
            double noise = random.nextGaussian() * 0.5 * Math.exp(-t / 0.07);
            double body = 0.5 * Math.sin(2 * Math.PI * 185 * t) * Math.exp(-t / 0.09);
            out[start + i] += (float) (amp * (noise + body) * fade(i, n));
        }
    }

    public void hat(double at, double amp) {
        int start = (int) (at * rate);
        double prev = 0;
        int n = (int) (rate * 0.1);
        for (int i = 0; i < n && start + i < out.length; i++) {
            double t = i / rate;
            double white = random.nextGaussian();
            out[start + i] += (float) (amp * 0.5 * (white - prev) * Math.exp(-t / 0.025) * fade(i, n));
            prev = white;
        }
    }

    /** Fades the last fifth of a sound out, so that no sound ends in a click (an onset of its own). */
    private static double fade(int i, int n) {
        return Math.min(1.0, (n - i) / (0.2 * n));
    }

    public float[] samples() {
        return out;
    }

    /** Reference beat times in seconds. */
    public List<Double> beats() {
        return beats;
    }

    /** Times of the sounding beats (kick or snare). */
    public List<Double> hits() {
        return hits;
    }
}
