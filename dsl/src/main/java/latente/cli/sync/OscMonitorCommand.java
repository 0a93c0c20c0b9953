package latente.cli.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.bus.ParamBus;
import latente.runtime.osc.OscIn;
import latente.runtime.osc.OscInConfig;

/** {@code latente osc monitor}: prints every OSC message that arrives, until Ctrl-C. */
public final class OscMonitorCommand implements Subcommand {
    @Override
    public String name() {
        return "osc monitor";
    }

    @Override
    public String summary() {
        return "print incoming OSC traffic (address, types, values)";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente osc monitor [--port P] [--bind ADDR] [--count N] [--seconds S]",
                "  --port P     UDP port to listen on (default " + OscInConfig.DEFAULT_PORT + ", Latente's OSC port)",
                "  --bind ADDR  interface: 0.0.0.0 (default, the whole network) or 127.0.0.1 (this machine)",
                "  --count N    stop after N messages (default: run until Ctrl-C)",
                "  --seconds S  stop after S seconds",
                "Each line: seconds since start, address, ',' type tags, values. Bad packets are",
                "counted; their totals are printed when they change and at the end.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("port", "bind", "count", "seconds"), Set.of());
        if (!o.positional().isEmpty()) throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
        int port = o.integer("port", OscInConfig.DEFAULT_PORT);
        if (port < 0 || port > 65_535) throw new UsageException("--port must be 0..65535");
        long count = o.integer("count", Integer.MAX_VALUE);
        double seconds = o.number("seconds", Double.POSITIVE_INFINITY);
        OscInConfig config = OscInConfig.defaults().withPort(port).withBindAddress(o.get("bind", "0.0.0.0"));
        OscIn in;
        try {
            in = new OscIn(new ParamBus(), config, line -> err.println(line));
        } catch (IOException e) {
            err.println("latente osc monitor: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        long[] seen = {0};
        Thread summary = new Thread(() -> out.println(seen[0] + " messages; " + in.errors().summary()));
        Runtime.getRuntime().addShutdownHook(summary);
        try (in) {
            out.println("listening for OSC on " + config.bindAddress() + ":" + in.port() + " (Ctrl-C to stop)");
            out.flush();
            // Start from "no errors", not from the current count: packets may arrive before this line.
            String lastErrors = "no errors";
            long deadline = Double.isInfinite(seconds) ? Long.MAX_VALUE : start + (long) (seconds * 1e9);
            while (seen[0] < count && System.nanoTime() < deadline) {
                in.drain(e -> {
                    if (seen[0]++ < count) out.printf("%9.3f  %s%n", (e.nanos() - start) / 1e9, e.message().describe());
                });
                String errors = in.errors().summary();
                if (!errors.equals(lastErrors)) {
                    out.println("          errors: " + errors);
                    lastErrors = errors;
                }
                out.flush();
                Thread.sleep(5);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(summary);
        }
        out.println(Math.min(seen[0], count) + " messages; " + in.errors().summary());
        return 0;
    }
}
