package latente.bench.live;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import latente.bench.live.PixelProbe;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.live.LiveShow;
import latente.dsl.wiring.Shows;

/**
 * {@code latente bench eval}: in a running headless show (other outputs busy drawing), submits
 * one-line changes of o0's colour and times each from submission to the first frame whose
 * read-back pixel shows the new colour. Prints p50 and p95 after warm-up.
 */
public final class EvalBenchCommand implements Subcommand {
    /** What keeps the show busy while the changes are timed (the first-light picture). */
    static final String BACKGROUND = """
            osc(12, 0.05, 1.2).kaleid(5).rotate({ time * 0.1 }).out(o1)
            noise(3, 0.2).color(0.9, 0.4, 0.8).modulate(o1, 0.2).out(o2)
            src(o1).modulate(o2, 0.04).blend(src(o2).scale(1.01), 0.35).out(o3)
            solid(0, 0, 0).out(o0)
            render(o0)
            """;

    @Override
    public String name() {
        return "bench eval";
    }

    @Override
    public String summary() {
        return "time from a one-line change to the first frame that shows it (p50, p95)";
    }

    @Override
    public String usage() {
        return "usage: latente bench eval [--runs N] [--warmup N] [--width W] [--height H] [--fps F] [--background busy|none]\n"
                + "  headless; defaults: 60 runs after 60 warm-up, 1280x720, 60 frames/s cap; busy: three more outputs\n"
                + "  draw a first-light-like picture meanwhile, none: o0 alone";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("runs", "warmup", "width", "height", "fps", "background"), Set.of());
        String background = o.get("background", "busy");
        if (!background.equals("busy") && !background.equals("none")) throw new UsageException("--background is busy or none");
        int runs = o.integer("runs", 60);
        int warmup = o.integer("warmup", 60);
        int width = o.integer("width", 1280);
        int height = o.integer("height", 720);
        double fps = o.number("fps", 60);
        if (runs < 1 || warmup < 0 || width < 2 || height < 2 || fps <= 0) throw new UsageException("runs, sizes and fps must be positive");
        Engine engine = Shows.engine(err);
        PixelProbe probe = new PixelProbe(width / 2, height / 2);
        try (LiveShow show = LiveShow.start(engine, LiveShow.Settings.headless(width, height, fps))) {
            show.render().addListener(probe);
            long[] installStart = new long[1];
            engine.live(scene -> { // the same live installer, timed: where the Groovy part ends
                installStart[0] = System.nanoTime();
                show.installer().install(scene);
            });
            EvalResult bg = engine.evaluateSet(background.equals("busy") ? BACKGROUND : "solid(0, 0, 0).out(o0)", "bench");
            if (!bg.ok()) throw new IllegalStateException(bg.error());
            Random random = new Random(7);
            double[] shown = new double[runs];
            double[] evaluated = new double[runs];
            double[] groovy = new double[runs];
            long frames0 = 0;
            long start = 0;
            for (int i = -warmup; i < runs; i++) {
                if (i == 0) {
                    frames0 = show.frames();
                    start = System.nanoTime();
                }
                int r = 16 + random.nextInt(224);
                int g = 16 + random.nextInt(224);
                int b = 16 + random.nextInt(224);
                String line = String.format(Locale.ROOT, "solid(%.4f, %.4f, %.4f).out(o0)", r / 255.0, g / 255.0, b / 255.0);
                probe.expect(r << 16 | g << 8 | b, 1);
                long t0 = System.nanoTime();
                EvalResult result = engine.evaluateBlock(line, "bench");
                long t1 = System.nanoTime();
                if (!result.ok()) throw new IllegalStateException(result.error());
                while (probe.seenNanos() == 0) {
                    if (System.nanoTime() - t0 > 5_000_000_000L) throw new IllegalStateException("change not seen within 5 s: " + line);
                    LockSupport.parkNanos(100_000);
                }
                if (i >= 0) {
                    evaluated[i] = (t1 - t0) / 1e6;
                    groovy[i] = (installStart[0] - t0) / 1e6;
                    shown[i] = (probe.seenNanos() - t0) / 1e6;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(shown);
            Arrays.sort(evaluated);
            Arrays.sort(groovy);
            out.printf(Locale.ROOT, "eval to first frame showing it: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs after %d warm-up)%n",
                    pct(shown, 50), pct(shown, 95), shown[runs - 1], runs, warmup);
            out.printf(Locale.ROOT, "  Groovy compile + run: p50 %.1f ms, p95 %.1f ms; until the render thread compiled and took the scene:"
                    + " p50 %.1f ms, p95 %.1f ms%n", pct(groovy, 50), pct(groovy, 95), pct(evaluated, 50), pct(evaluated, 95));
            out.printf(Locale.ROOT, "  render thread meanwhile: %.1f frames/s at %dx%d (cap %.0f, background %s) on %s%n",
                    (show.frames() - frames0) / seconds, width, height, fps, background, show.render().description());
        }
        return 0;
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
