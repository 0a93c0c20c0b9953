package latente.cli.pattern;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.pattern.PatternBench;

/** {@code latente bench patterns}: the per-frame cost of pattern queries ({@link PatternBench}). */
public final class PatternBenchCommand implements Subcommand {
    @Override
    public String name() {
        return "bench patterns";
    }

    @Override
    public String summary() {
        return "measure per-frame pattern queries (ns, mean/p50/p99)";
    }

    @Override
    public String usage() {
        return "usage: latente bench patterns\n\nPrints nanoseconds per per-frame query for typical patterns (takes a few seconds).";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse(args, Set.of(), Set.of());
        if (!o.positional().isEmpty()) throw new UsageException("no arguments expected");
        PatternBench.run(out);
        return 0;
    }
}
