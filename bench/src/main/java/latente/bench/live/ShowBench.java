package latente.bench.live;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.cli.play.RenderScaleOption;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SetFile;
import latente.dsl.show.EvalResult;
import latente.dsl.live.LiveShow;
import latente.dsl.wiring.Shows;
import latente.render.gl.GlfwWindowContext;
import latente.render.hud.ShowStats;

/**
 * {@code latente bench show SET --seconds N}: plays a set live (a window, e.g. under Xvfb, or
 * headless) and prints what the audience got: displayed frames per second (mean and 1% low),
 * frame-time p99, the render scale, model keyframes per second and, with {@code --record}, the
 * recording's dropped frames. The first second (shader compiles, model load) is not counted.
 */
public final class ShowBench implements Subcommand {
    @Override
    public String name() {
        return "bench show";
    }

    @Override
    public String summary() {
        return "play a set live and print displayed fps (mean, 1% low), frame-time p99, render scale, model keyframes/s";
    }

    @Override
    public String usage() {
        return """
                usage: latente bench show SET [--seconds N] [--headless] [--width W] [--height H] [--fps F]
                                         [--resolution auto|WxH] [--record FILE] [--warmup S]
                  plays SET live for N seconds (default 20) after S seconds of warm-up (default 3), in a window
                  (1280x720 by default; under Xvfb too; the program window only, as play --no-preview) or headless,
                  holding F frames/s (default 60) with the
                  adaptive render scale unless --resolution pins the outputs' size""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("seconds", "width", "height", "fps", "resolution", "record", "record-format", "quality", "warmup"), Set.of("headless"));
        if (o.positional().size() != 1) throw new UsageException("give exactly one set file");
        double seconds = o.number("seconds", 20);
        double warmup = o.number("warmup", 3);
        int width = o.integer("width", 1280);
        int height = o.integer("height", 720);
        double fps = o.number("fps", 60);
        if (!(seconds > 0) || warmup < 0 || width < 2 || height < 2 || !(fps > 0)) throw new UsageException("--seconds, sizes and --fps positive");
        SetFile set = SetFile.read(o.positional().get(0));
        boolean headless = o.flag("headless") || !GlfwWindowContext.displayAvailable();
        Engine engine = Shows.engine(System.out);
        LiveShow.Settings settings = headless ? LiveShow.Settings.headless(width, height, fps)
                : new LiveShow.Settings(true, width, height, fps, "latente bench - " + set.name(), -1, false, false);
        try (LiveShow show = LiveShow.start(engine, settings)) {
            double pinned = RenderScaleOption.scale(o.get("resolution", "auto"), width, height);
            engine.link().renderScale(pinned);
            EvalResult loaded = engine.load(set);
            if (!loaded.ok()) {
                err.println(loaded.error());
                return 2;
            }
            latente.cli.play.PlayCommand.installRecorder(engine, show, width, height, fps);
            latente.cli.play.PlayCommand.startRecording(o, engine, out);
            ShowStats stats = show.render().stats();
            Thread.sleep((long) (warmup * 1000)); // the warm-up is a measured stretch of time, not synchronisation
            long from = stats.frames();
            long keyframes = engine.latents().keyframesMade();
            long start = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] intervals = stats.intervalsSince(from);
            double kps = (engine.latents().keyframesMade() - keyframes) / elapsed;
            long dropped = engine.recording().droppedFrames();
            String recording = engine.recording().recording() ? engine.recording().stop() : null;
            out.println(report(set.name(), show.render().description(), headless, width, height, fps, intervals, elapsed, stats, kps, dropped));
            if (recording != null) out.println(recording);
        }
        return 0;
    }

    static String report(String name, String gl, boolean headless, int w, int h, double fps, long[] intervals, double elapsed,
                         ShowStats stats, double kps, long dropped) {
        long[] sorted = intervals.clone();
        Arrays.sort(sorted);
        double mean = intervals.length / elapsed;
        double p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        // 1% low: the frame rate of the slowest 1% of frames (their mean interval).
        int worst = Math.max(1, sorted.length / 100);
        double slowSum = 0;
        for (int i = sorted.length - worst; i < sorted.length && i >= 0; i++) slowSum += sorted[i];
        double low = sorted.length == 0 ? 0 : 1e9 / (slowSum / worst);
        return String.format(Locale.ROOT, """
                bench show %s: %s %dx%d, target %.0f fps, %s
                  displayed: %.1f fps mean, %.1f fps 1%% low, frame time p99 %.1f ms (%d frames in %.1f s)
                  render scale now %.2f (outputs %dx%d)
                  model: %.1f keyframes/s
                  recording: %d frames dropped""",
                name, headless ? "headless" : "window", w, h, fps, gl, mean, low, p99, intervals.length, elapsed,
                stats.scale(), stats.renderWidth(), stats.renderHeight(), kps, dropped);
    }
}
