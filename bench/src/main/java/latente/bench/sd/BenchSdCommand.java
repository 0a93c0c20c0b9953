package latente.bench.sd;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.bench.sd.SdBenchmark;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.model.sd.SdModelException;
import latente.runtime.model.sd.SdOptions;
import latente.runtime.model.sd.SdPipeline;

/** {@code latente bench sd DIR}: keyframes/s and ms per UNet step of the user's own SD directory. */
public final class BenchSdCommand implements Subcommand {
    @Override
    public String name() {
        return "bench sd";
    }

    @Override
    public String summary() {
        return "time a Stable Diffusion ONNX directory (keyframes/s, ms per step)";
    }

    @Override
    public String usage() {
        return "usage: latente bench sd DIR [--sizes 256,512] [--steps 1,2,4] [--runs 3] [--threads N] [--cpu]\n"
                + "  Median of --runs keyframes per size and step count, after one warm-up.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("sizes", "steps", "runs", "threads"), Set.of("cpu"));
        if (o.positional().size() != 1) throw new UsageException("expected one directory");
        int[] sizes = ints(o.get("sizes", "256,512"), "sizes");
        int[] steps = ints(o.get("steps", "1,2,4"), "steps");
        for (int s : sizes) if (s < 8 || s % 8 != 0) throw new UsageException("--sizes: " + s + " is not a multiple of 8");
        int runs = o.integer("runs", 3);
        SdOptions options = SdOptions.defaults().withNotice(err::println).withThreads(o.integer("threads", 0))
                .withProvider(o.flag("cpu") ? SdOptions.Provider.CPU : SdOptions.Provider.AUTO);
        try (SdPipeline sd = SdPipeline.open(Path.of(o.positional().get(0)), options)) {
            out.printf("%s on %s, %d cores, sampler %s%n", sd.layout().root(), sd.usesCuda() ? "CUDA" : "CPU",
                    Runtime.getRuntime().availableProcessors(), sd.scheduler().name());
            out.printf("prompt encoding: %.1f ms%n", SdBenchmark.encodeMs(sd, runs));
            out.println("  size  steps  ms/keyframe  keyframes/s");
            List<SdBenchmark.Row> rows = SdBenchmark.keyframes(sd, sizes, steps, runs);
            for (SdBenchmark.Row r : rows) {
                out.printf("  %4d  %5d  %11.1f  %11.2f%n", r.size(), r.steps(), r.msPerKeyframe(), r.keyframesPerSecond());
            }
            if (steps.length > 1) {
                for (int s : sizes) out.printf("  %d²: %.1f ms per UNet step%n", s, SdBenchmark.msPerStep(rows, s));
            }
            return 0;
        } catch (SdModelException e) {
            err.println("latente bench sd: " + e.getMessage());
            return 2;
        }
    }

    private static int[] ints(String list, String option) throws UsageException {
        String[] parts = list.split(",");
        int[] v = new int[parts.length];
        try {
            for (int i = 0; i < v.length; i++) v[i] = Integer.parseInt(parts[i].trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects numbers separated by commas, got '" + list + "'");
        }
        return v;
    }
}
