package latente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The table of every subcommand; {@code latente --help} prints it in this order. */
public final class Subcommands {
    private Subcommands() {}

    public static List<Subcommand> all() {
        List<Subcommand> all = new ArrayList<>();
        // One line per subcommand; keep related commands together.
        all.add(new latente.cli.play.PlayCommand());
        all.add(new latente.cli.show.RenderCommand());
        all.add(new latente.cli.play.SendCommand());
        all.add(new latente.cli.record.ReplayCommand());
        all.add(new latente.cli.pattern.PatternCommand());
        all.add(new latente.cli.audio.AnalyzeCommand());
        all.add(new latente.cli.audio.AudioDevicesCommand());
        all.add(new latente.cli.sync.OscMonitorCommand());
        all.add(new latente.cli.sync.OscSendCommand());
        all.add(new latente.cli.sync.MidiDevicesCommand());
        all.add(new latente.cli.model.ModelBuildCommand());
        all.add(new latente.cli.model.ModelInfoCommand());
        all.add(new latente.cli.model.ModelSampleCommand());
        all.add(new latente.cli.sd.SdCheckCommand());
        // The benchmarks live in the bench module, outside the product's code: the launcher's jar
        // puts it on the class path and its commands announce themselves (META-INF/services).
        ServiceLoader.load(Subcommand.class).forEach(all::add);
        return all;
    }

    /** Finds the longest subcommand name that prefixes {@code args} ("model build" before "model"). */
    public static Subcommand match(List<String> args) {
        Subcommand best = null;
        int bestWords = 0;
        for (Subcommand c : all()) {
            String[] words = c.name().split(" ");
            if (words.length > args.size() || words.length <= bestWords) continue;
            boolean ok = true;
            for (int i = 0; i < words.length && ok; i++) ok = words[i].equals(args.get(i));
            if (ok) {
                best = c;
                bestWords = words.length;
            }
        }
        return best;
    }
}
