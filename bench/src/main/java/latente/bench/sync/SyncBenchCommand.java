package latente.bench.sync;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;

/** {@code latente bench sync}: OSC packet-to-slot latency and throughput, and control costs. */
public final class SyncBenchCommand implements Subcommand {
    static final String PATTERN_BENCH = "latente.bench.pattern.PatternBench";

    @Override
    public String name() {
        return "bench sync";
    }

    @Override
    public String summary() {
        return "measure OSC latency and throughput, clock and pattern costs";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente bench sync [--samples N] [--burst M]",
                "  --samples N  latency round trips over loopback UDP (default 20000)",
                "  --burst M    messages in the throughput burst (default 200000)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("samples", "burst"), Set.of());
        int samples = o.integer("samples", 20_000);
        int burst = o.integer("burst", 200_000);
        if (samples < 100 || burst < 1000) throw new UsageException("--samples must be at least 100 and --burst at least 1000");
        out.println("sync benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")");

        SyncBench.Latency l = SyncBench.latency(samples);
        out.printf("osc packet-to-slot latency (loopback UDP, %d samples): p50 %.1f us  p99 %.1f us  max %.1f us  lost %d%n",
                l.samples(), l.p50Micros(), l.p99Micros(), l.maxMicros(), l.lost());
        out.flush();

        SyncBench.Throughput t = SyncBench.throughput(burst);
        out.printf("osc burst of %d messages: received %d (%.0f/s), dispatched %d (%.0f/s), lost in the kernel %.1f%%%n",
                t.sent(), t.received(), t.received() / t.seconds(), t.dispatched(), t.dispatched() / t.seconds(),
                100.0 * (t.sent() - t.received()) / t.sent());
        SyncBench.Throughput p = SyncBench.paced(10_000, 2.0);
        out.printf("osc at a steady 10000 messages/s for 2 s: received %d of %d, dispatched %d%n", p.received(), p.sent(), p.dispatched());
        out.printf("osc decode + route + slot, no socket: %.0f messages/s%n", SyncBench.decodeRate(1_000_000));
        out.printf("address pattern match (/layer/{1,2,3}/*): %.0f ns%n", SyncBench.patternMatchNanos(2_000_000));
        out.printf("clock publish (bpm, beat, bar, phase): %.0f ns%n", SyncBench.clockPublishNanos(2_000_000));
        patternQuery(out);
        return 0;
    }

    private static void patternQuery(PrintStream out) {
        try {
            Class<?> bench = Class.forName(PATTERN_BENCH);
            Method run = bench.getMethod("run", PrintStream.class);
            run.invoke(null, out);
        } catch (ClassNotFoundException e) {
            out.println("pattern query per frame: not measured (" + PATTERN_BENCH + " is not on this build)");
        } catch (ReflectiveOperationException e) {
            out.println("pattern query per frame: " + PATTERN_BENCH + ".run(PrintStream) failed: " + e.getCause());
        }
    }
}
