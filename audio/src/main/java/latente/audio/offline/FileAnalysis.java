package latente.audio.offline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import latente.audio.AudioAnalyzer;
import latente.audio.AudioEvents;
import latente.audio.analysis.Spectrum;
import latente.audio.input.AudioFiles;
import latente.audio.input.AudioInput;

/**
 * {@code latente analyze}: runs the same causal analysis as the live input over a whole file, as
 * fast as it decodes, and reports tempo, beat times and onset times in seconds.
 */
public final class FileAnalysis {
    private FileAnalysis() {}

    /** What one file contains, as the analysis heard it. Times in seconds from the start. */
    public record Report(String file, double sampleRate, double duration, double tempo, double confidence,
                         List<Double> beats, List<Double> onsets) {}

    /** @throws latente.audio.input.UnreadableAudioException with a one-line reason for a bad file */
    public static Report analyze(Path file) throws IOException {
        try (AudioInput in = AudioFiles.open(file, false)) {
            return analyze(in, file.toString());
        }
    }

    public static Report analyze(AudioInput in, String name) throws IOException {
        List<Double> beats = new ArrayList<>(), onsets = new ArrayList<>();
        AudioAnalyzer a = new AudioAnalyzer(in.sampleRate(), new AudioEvents() {
            @Override public void beat(long count, double seconds) {
                beats.add(seconds);
            }

            @Override public void onset(long count, double seconds) {
                onsets.add(seconds);
            }
        });
        float[] hop = new float[Spectrum.HOP];
        double[] tempi = new double[1024];
        int tempoCount = 0;
        long samples = 0;
        int filled = 0;
        while (true) {
            int n = in.read(hop, filled, Spectrum.HOP - filled);
            if (n < 0) break;
            filled += n;
            samples += n;
            if (filled < Spectrum.HOP) continue;
            filled = 0;
            a.process(hop, 0);
            if (a.confidence() >= 0.5) {
                if (tempoCount == tempi.length) tempi = Arrays.copyOf(tempi, tempi.length * 2);
                tempi[tempoCount++] = a.bpm();
            }
        }
        if (filled > 0) {
            Arrays.fill(hop, filled, Spectrum.HOP, 0f);
            a.process(hop, 0);
        }
        double tempo = 0;
        if (tempoCount > 0) {
            Arrays.sort(tempi, 0, tempoCount);
            tempo = tempi[tempoCount / 2];
        }
        return new Report(name, in.sampleRate(), samples / in.sampleRate(), tempo, a.confidence(), beats, onsets);
    }
}
