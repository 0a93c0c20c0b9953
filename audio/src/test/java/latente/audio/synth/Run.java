package latente.audio.synth;

import java.util.ArrayList;
import java.util.List;
import latente.audio.AudioAnalyzer;
import latente.audio.AudioEvents;
import latente.audio.analysis.Spectrum;

/** Runs the analyzer over a whole signal, collecting beat and onset times and the tempo trace. */
public final class Run implements AudioEvents {
    public final List<Double> beats = new ArrayList<>();
    public final List<Double> onsets = new ArrayList<>();
    /** Per hop: {time, bpm, confidence}. */
    public final List<double[]> trace = new ArrayList<>();

    public static Run of(float[] signal, double rate) {
        Run run = new Run();
        AudioAnalyzer a = new AudioAnalyzer(rate, run);
        for (int off = 0; off + Spectrum.HOP <= signal.length; off += Spectrum.HOP) {
            a.process(signal, off);
            run.trace.add(new double[] {a.seconds(), a.bpm(), a.confidence()});
        }
        return run;
    }

    @Override
    public void beat(long count, double seconds) {
        beats.add(seconds);
    }

    @Override
    public void onset(long count, double seconds) {
        onsets.add(seconds);
    }

    /** Largest relative tempo error over hops in [from, to) seconds. */
    public double worstTempoError(double from, double to, double bpm) {
        double worst = 0;
        for (double[] t : trace) {
            if (t[0] >= from && t[0] < to) worst = Math.max(worst, Math.abs(t[1] / bpm - 1));
        }
        return worst;
    }
}
