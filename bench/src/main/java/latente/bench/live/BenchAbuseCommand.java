package latente.bench.live;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;

/**
 * {@code latente bench abuse}: plays every {@link AbuseCases} attack in a live headless show,
 * recorded losslessly, and prints per case the longest frozen run of the output, how many
 * frames changed, how long the performer waited for the answer, the render thread's own CPU time
 * in its costliest frame before and after the attack, and the answer itself.
 */
public final class BenchAbuseCommand implements Subcommand {
    /** The longest pause of the output the audience must never see. */
    public static final double FREEZE_TARGET_MILLIS = 100;

    @Override
    public String name() {
        return "bench abuse";
    }

    @Override
    public String summary() {
        return "hostile and clumsy performer code in a recorded live show: the longest frozen run per case";
    }

    @Override
    public String usage() {
        return "usage: latente bench abuse [--case NAME] [--width W] [--height H] [--fps F] [--heap-limit MB] [--keep DIR]\n"
                + "  headless; defaults: every case, 160x90, recorded at 30 frames/s (FFV1); --keep leaves the recordings in DIR;\n"
                + "  --heap-limit: what one evaluation may keep (default 64 MB here, 512 MB in a show)\n"
                + "  cases: " + String.join(", ", AbuseCases.every().stream().map(AbuseCases.Case::name).toList());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("case", "width", "height", "fps", "keep", "heap-limit"), Set.of());
        long heapLimit = (long) o.integer("heap-limit", 64) << 20;
        int width = o.integer("width", 160);
        int height = o.integer("height", 90);
        double fps = o.number("fps", 30);
        if (width < 2 || height < 2 || width % 2 == 1 || height % 2 == 1 || fps <= 0) throw new UsageException("even sizes, positive fps");
        List<AbuseCases.Case> cases = AbuseCases.every();
        if (o.has("case")) {
            AbuseCases.Case c = AbuseCases.named(o.get("case", ""));
            if (c == null) throw new UsageException("no case named '" + o.get("case", "") + "'");
            cases = List.of(c);
        }
        Path folder = o.has("keep") ? Files.createDirectories(Path.of(o.get("keep", ""))) : Files.createTempDirectory("latente-abuse");
        AbuseShow show = new AbuseShow(width, height, fps, folder, heapLimit);
        out.printf(Locale.ROOT, "%dx%d, recorded at %.0f frames/s (FFV1); target: no freeze over %.0f ms%n", width, height, fps, FREEZE_TARGET_MILLIS);
        out.printf(Locale.ROOT, "%-22s %12s %10s %10s %14s  %s%n", "case", "longest ms", "changed", "answer ms", "render cpu ms",
                "what the performer saw");
        int over = 0;
        for (AbuseCases.Case c : cases) {
            AbuseShow.Outcome r = show.play(c);
            FrozenRuns f = r.recording();
            if (f.longestMillis() > FREEZE_TARGET_MILLIS) over++;
            out.printf(Locale.ROOT, "%-22s %12.0f %10s %10.0f %6.1f / %5.1f  %s%n", c.name(), f.longestMillis(),
                    f.changes() + "/" + (f.frames() - 1), r.answerMillis(), r.work().cpuBeforeMillis(), r.work().cpuAfterMillis(),
                    r.message().lines().findFirst().orElse(""));
            if (r.work().stageTrialDraws() > 0) {
                out.printf(Locale.ROOT, "%-22s the render thread ran %d trial draw(s)%n", "", r.work().stageTrialDraws());
            }
        }
        out.println(over == 0 ? "no case froze the output over the target" : over + " case(s) froze the output over the target");
        GuardCost.Figure g = GuardCost.measure(64, 20_000);
        out.printf(Locale.ROOT, "live value guards (time, memory): %.0f ns and %.1f bytes per call (%d values x %d ticks)%n",
                g.nanosPerCall(), g.bytesPerCall(), g.values(), g.ticks());
        if (!o.has("keep")) {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        }
        return 0;
    }
}
