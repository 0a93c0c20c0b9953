package latente.cli.pattern;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.json.Json;
import latente.runtime.pattern.Event;
import latente.runtime.pattern.Fraction;
import latente.runtime.pattern.MiniNotation;
import latente.runtime.pattern.MiniNotationException;
import latente.runtime.pattern.Pattern;
import latente.runtime.pattern.TimeSpan;
import latente.runtime.pattern.Values;

/**
 * {@code latente pattern 'MINI' --cycles N [--json] [--seed S]}: prints the events of a
 * mini-notation pattern over cycles [0, N), one per line, with whole and part spans as exact
 * fractions, sorted by the start of their part.
 */
public final class PatternCommand implements Subcommand {
    static final int MAX_CYCLES = 10_000;

    @Override
    public String name() {
        return "pattern";
    }

    @Override
    public String summary() {
        return "print the events of a mini-notation pattern";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente pattern 'MINI' [--cycles N] [--json] [--seed S]",
                "",
                "  'MINI'      a Strudel/Tidal mini-notation string, e.g. '<a b> [c d]*2 e?'",
                "  --cycles N  how many cycles to print, from cycle 0 (default 1, at most " + MAX_CYCLES + ")",
                "  --seed S    seed for '?' and '|' (default 0; the same seed gives the same events)",
                "  --json      a JSON array of {whole, part, value}; spans as [begin, end] fraction strings",
                "",
                "Text lines read: WHOLE  PART  VALUE, spans written [begin, end) in cycles;",
                "a part shorter than its whole is a fragment of an event cut by the query.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse(args, Set.of("cycles", "seed"), Set.of("json"));
        if (o.positional().size() != 1) throw new UsageException("expected one mini-notation string (quote it)");
        int cycles = o.integer("cycles", 1);
        if (cycles < 1 || cycles > MAX_CYCLES) throw new UsageException("--cycles must be between 1 and " + MAX_CYCLES);
        long seed;
        try {
            seed = Long.parseLong(o.get("seed", "0"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed expects a whole number, got '" + o.get("seed", "") + "'");
        }
        Pattern<Object> pattern;
        try {
            pattern = MiniNotation.parse(o.positional().get(0), seed);
        } catch (MiniNotationException e) {
            err.println("latente pattern: " + e.getMessage());
            return 2;
        }
        List<Event<Object>> events = pattern.queryArc(Fraction.ZERO, Fraction.of(cycles));
        if (o.flag("json")) printJson(events, out);
        else printText(events, out);
        return 0;
    }

    static void printText(List<Event<Object>> events, PrintStream out) {
        int width = 5;
        for (Event<Object> e : events) width = Math.max(width, Math.max(span(e.whole).length(), span(e.part).length()));
        String format = "%-" + width + "s  %-" + width + "s  %s%n";
        out.printf(format, "whole", "part", "value");
        for (Event<Object> e : events) out.printf(format, span(e.whole), span(e.part), Values.format(e.value));
    }

    static void printJson(List<Event<Object>> events, PrintStream out) {
        out.println("[");
        for (int i = 0; i < events.size(); i++) {
            Event<Object> e = events.get(i);
            out.print("  {\"whole\": " + jsonSpan(e.whole) + ", \"part\": " + jsonSpan(e.part) + ", \"value\": " + Values.json(e.value) + "}");
            out.println(i + 1 < events.size() ? "," : "");
        }
        out.println("]");
    }

    private static String span(TimeSpan s) {
        return s == null ? "~" : s.toString();
    }

    private static String jsonSpan(TimeSpan s) {
        return s == null ? "null" : "[" + Json.write(s.begin.toString()) + ", " + Json.write(s.end.toString()) + "]";
    }
}
