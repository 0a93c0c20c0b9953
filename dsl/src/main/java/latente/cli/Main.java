package latente.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the {@code latente} command line. */
public final class Main {
    public static final String VERSION = "0.1.0";

    private Main() {}

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. Tests call this in-process. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            printHelp(out);
            return args.isEmpty() ? 2 : 0;
        }
        if (args.get(0).equals("--version") || args.get(0).equals("-V")) {
            out.println("latente " + VERSION);
            return 0;
        }
        Subcommand command = Subcommands.match(args);
        if (command == null && args.get(0).endsWith(".groovy")) {
            try {
                return latente.cli.show.RunSet.run(args, out, err);
            } catch (Exception e) {
                err.println("latente: " + e);
                return 1;
            }
        }
        if (command == null && !group(args.get(0)).isEmpty()) return printGroup(args, out, err);
        if (command == null) {
            err.println("latente: unknown command '" + args.get(0) + "'. Run 'latente --help' for the list.");
            return 2;
        }
        List<String> rest = args.subList(command.name().split(" ").length, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("latente " + command.name() + ": " + e.getMessage());
            err.println(command.usage());
            return 2;
        } catch (Exception e) {
            err.println("latente " + command.name() + ": " + e);
            return 1;
        }
    }

    /** The commands named "{@code first} something" ({@code model} gives model build, model info...). */
    private static List<Subcommand> group(String first) {
        return Subcommands.all().stream().filter(c -> c.name().startsWith(first + " ")).toList();
    }

    /** {@code latente model [--help]}: the commands of the group; without --help it is a usage error. */
    private static int printGroup(List<String> args, PrintStream out, PrintStream err) {
        boolean help = args.contains("--help") || args.contains("-h");
        PrintStream to = help ? out : err;
        String first = args.get(0);
        if (!help) {
            to.println("latente " + first + ": " + (args.size() > 1 ? "no command '" + first + " " + args.get(1) + "'" : "which one?"));
        }
        to.println("usage: latente " + first + " COMMAND [options]   (latente " + first + " COMMAND --help for its options)");
        for (Subcommand c : group(first)) to.printf("  %-16s %s%n", c.name(), c.summary());
        return help ? 0 : 2;
    }

    static void printHelp(PrintStream out) {
        out.println("latente " + VERSION + " - live-coding audiovisual performance engine");
        out.println();
        out.println("usage: latente SET.groovy          play a set (render 10 s to out/ where there is no display)");
        out.println("       latente COMMAND [options]   (latente COMMAND --help for its options)");
        out.println();
        for (Subcommand c : Subcommands.all()) {
            out.printf("  %-16s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("  --version        print the version");
    }
}
