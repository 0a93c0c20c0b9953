package latente.bench.pattern;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import latente.bench.pattern.PatternBench;
import latente.bench.pattern.SignalBench;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;

/** {@code latente bench patterns}: the per-frame cost of pattern queries ({@link PatternBench}). */
public final class PatternBenchCommand implements Subcommand {
    @Override
    public String name() {
        return "bench patterns";
    }

    @Override
    public String summary() {
        return "measure per-frame pattern queries and signal evaluation (ns)";
    }

    @Override
    public String usage() {
        return "usage: latente bench patterns [--frames N]\n\n"
                + "Prints nanoseconds per per-frame query for typical patterns, then per signal evaluation\n"
                + "(takes a few seconds).\n"
                + "  --frames N  frames measured per pattern (default " + PatternBench.FRAMES + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse(args, Set.of("frames"), Set.of());
        if (!o.positional().isEmpty()) throw new UsageException("no arguments expected");
        int frames = o.integer("frames", PatternBench.FRAMES);
        if (frames < 100 || frames > 10_000_000) throw new UsageException("--frames must be between 100 and 10000000");
        PatternBench.run(out, frames);
        out.println();
        SignalBench.run(out, frames * 10);
        return 0;
    }
}
