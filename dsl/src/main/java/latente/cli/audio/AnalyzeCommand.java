package latente.cli.audio;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import latente.audio.input.UnreadableAudioException;
import latente.audio.offline.FileAnalysis;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.json.Json;

/** {@code latente analyze FILE [--json]}: tempo, beat times and onset times of an audio file. */
public final class AnalyzeCommand implements Subcommand {
    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "tempo, beat and onset times of an audio file";
    }

    @Override
    public String usage() {
        return """
                usage: latente analyze FILE [--json]
                  Runs the live beat tracker and onset detector over FILE (WAV natively, other
                  formats through ffmpeg) and prints the tempo, then beat and onset times in
                  seconds, one per line. --json prints one JSON object instead.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of(), Set.of("json"));
        if (o.positional().size() != 1) throw new UsageException("expects exactly one FILE");
        FileAnalysis.Report r;
        try {
            r = FileAnalysis.analyze(Path.of(o.positional().get(0)));
        } catch (UnreadableAudioException e) {
            err.println("latente analyze: " + e.getMessage());
            return 2;
        }
        out.print(o.flag("json") ? json(r) : text(r));
        return 0;
    }

    static String text(FileAnalysis.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "file: %s (%.0f Hz, %.2f s)%n", r.file(), r.sampleRate(), r.duration()));
        b.append(r.tempo() > 0 ? String.format(Locale.ROOT, "tempo: %.2f BPM (confidence %.2f)%n", r.tempo(), r.confidence())
                : "tempo: none found\n");
        b.append("beats: ").append(r.beats().size()).append('\n');
        for (double t : r.beats()) b.append(String.format(Locale.ROOT, "%.3f%n", t));
        b.append("onsets: ").append(r.onsets().size()).append('\n');
        for (double t : r.onsets()) b.append(String.format(Locale.ROOT, "%.3f%n", t));
        return b.toString();
    }

    static String json(FileAnalysis.Report r) {
        return String.format(Locale.ROOT,
                "{\"file\": %s, \"sampleRate\": %.0f, \"duration\": %.3f, \"tempo\": %.2f, \"confidence\": %.2f, \"beats\": %s, \"onsets\": %s}%n",
                Json.write(r.file()), r.sampleRate(), r.duration(), r.tempo(), r.confidence(), times(r.beats()), times(r.onsets()));
    }

    private static String times(List<Double> ts) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ts.size(); i++) b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", ts.get(i)));
        return b.append(']').toString();
    }
}
