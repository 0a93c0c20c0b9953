package latente.bench.model;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.latent.LatentStream;
import latente.dsl.live.LiveShow;
import latente.dsl.wiring.Shows;

/**
 * {@code latente bench latent}: a headless live show at a fixed display rate, first with a plain
 * shader chain, then with a latent stream blended into it; prints display frames/s for both and
 * the keyframes/s the model achieved while the display ran.
 */
public final class BenchLatentCommand implements Subcommand {
    @Override
    public String name() {
        return "bench latent";
    }

    @Override
    public String summary() {
        return "streaming figures: keyframes/s live and display frames/s with and without the model";
    }

    @Override
    public String usage() {
        return "usage: latente bench latent [--size N] [--steps N] [--seconds S] [--fps F] [--width W] [--height H] [--threads N]\n"
                + "  defaults: 256² model, 4 steps, 10 s per run, display capped at 60 frames/s, 640x360 headless;\n"
                + "  the model asks for as many keyframes as it can make (keyframes: 0)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("size", "steps", "seconds", "fps", "width", "height", "threads"), Set.of());
        int size = o.integer("size", 256), steps = o.integer("steps", 4), threads = o.integer("threads", 0);
        double seconds = o.number("seconds", 10), fps = o.number("fps", 60);
        int width = o.integer("width", 640), height = o.integer("height", 360);
        if (size < 16 || steps < 1 || steps > 8 || !(seconds > 0) || !(fps > 0) || width < 2 || height < 2) {
            throw new UsageException("--size ≥ 16, --steps 1..8, --seconds and --fps positive");
        }
        String chain = "osc(12, 0.05, 1.2).kaleid(5).rotate({ time * 0.1 }).out(o1)\n";
        out.printf("display capped at %.0f frames/s, %dx%d headless; model builtin:garden %d², %d steps, %s threads%n",
                fps, width, height, size, steps, threads == 0 ? "all cores but one" : String.valueOf(threads));
        double[] plain = measure(chain + "src(o1).out(o0)", width, height, fps, seconds, threads, err);
        out.printf("without the model: display %.1f frames/s%n", plain[0]);
        double[] latent = measure(chain + "g = latent('<moss ember>', seed: 7, steps: " + steps + ", size: " + size
                + ", keyframes: 0).walk(rate: 0.2)\nsrc(g).modulate(o1, 0.04).blend(o1, 0.3).out(o0)", width, height, fps, seconds, threads, err);
        out.printf("with the model:    display %.1f frames/s, model %.1f keyframes/s%n", latent[0], latent[1]);
        return 0;
    }

    /** @return display frames/s and keyframes/s over {@code seconds}, after the model is warm */
    private static double[] measure(String code, int width, int height, double fps, double seconds, int threads, PrintStream err) throws Exception {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        Engine engine = Shows.engine(new PrintStream(messages, true, StandardCharsets.UTF_8));
        if (threads > 0) engine.latents().host().threads(threads);
        LiveShow show = LiveShow.start(engine, LiveShow.Settings.headless(width, height, fps));
        try {
            EvalResult r = engine.evaluateSet(code, "bench.groovy");
            if (!r.ok()) throw new IllegalStateException(r.error());
            LatentStream stream = engine.link().feed(0) instanceof LatentStream s ? s : null;
            long warm = System.nanoTime() + 60_000_000_000L;
            while (stream != null && stream.keyframes() < 3 && System.nanoTime() < warm) Thread.sleep(20);
            if (stream == null) Thread.sleep(1000);
            long f0 = show.frames(), k0 = stream == null ? 0 : stream.keyframes(), t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            double s = (System.nanoTime() - t0) / 1e9;
            long k = stream == null ? 0 : stream.keyframes() - k0;
            if (messages.size() > 0) err.print(messages.toString(StandardCharsets.UTF_8));
            return new double[] {(show.frames() - f0) / s, k / s};
        } finally {
            show.close();
        }
    }
}
