package latente.bench.model;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentWalk;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Models;
import latente.runtime.model.Progress;
import latente.runtime.model.garden.ExemplarBank;
import latente.runtime.model.garden.GardenCache;
import latente.runtime.model.garden.GardenGraph;
import latente.runtime.model.garden.GardenModel;
import latente.runtime.model.garden.SeamMeasure;

/**
 * {@code latente bench model}: keyframes/s and ms per step of builtin:garden per size and step
 * count, resident memory, model size int8 against fp32, and how much a small walk step changes
 * the picture compared with a jump.
 */
public final class BenchModelCommand implements Subcommand {
    @Override
    public String name() {
        return "bench model";
    }

    @Override
    public String summary() {
        return "measure the built-in model: keyframes/s, ms per step, memory, model size";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente bench model [--sizes 128,256,512] [--steps 1,2,4,8] [--frames N] [--threads N] [--cuda]",
                "  --frames N   keyframes timed per cell after one warm-up (default 5)",
                "  --threads N  ONNX Runtime threads (default: as in a performance, all cores but one)",
                "  --cuda       try the CUDA provider (needs the -Pcuda build)",
                "  --fidelity-seeds N  seeds compared with the exact closed-form denoiser (default 2; 0 skips)",
                "  --fidelity-sizes L  sizes of that comparison (default 64,128: the exact one costs seconds a keyframe)",
                "seam = gradient energy on the strongest phase of the matching grid over the others (1.0: no grid)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("sizes", "steps", "frames", "threads", "fidelity-seeds", "fidelity-sizes"),
                Set.of("cuda"));
        List<Integer> sizes = ints(o.get("sizes", "128,256,512"));
        List<Integer> steps = ints(o.get("steps", "1,2,4,8"));
        int frames = Math.max(1, o.integer("frames", 5));
        ModelOptions mo = new ModelOptions(o.integer("threads", 0), o.flag("cuda"), err::println);
        int threads = mo.effectiveThreads();
        out.printf("latente bench model: builtin:garden, %d threads, %d cores, %d keyframes per cell after a warm-up, load average %s%n",
                threads, Runtime.getRuntime().availableProcessors(), frames, loadAverage());
        out.println("  (cpu ms = process CPU time per keyframe: the work itself, unaffected by other programs on a shared machine)");
        out.println("size     steps  keyframes/s  ms/step  ms/keyframe  cpu ms/keyframe  seam");
        List<String> memory = new ArrayList<>();
        for (int size : sizes) {
            long before = rssKb();
            try (GardenModel m = (GardenModel) Models.open(GardenCache.BUILTIN, size, mo, err)) {
                memory.add(String.format("%d²: %.0f MB resident after loading (+%.0f MB)", size, rssKb() / 1024.0,
                        (rssKb() - before) / 1024.0));
                float[] rgb = new float[size * size * 3];
                Conditioning c = Conditioning.of("moss ember");
                for (int s : steps) {
                    m.generate(c, 1, s, rgb);
                    long nanos = 0, cpuTotal = 0;
                    double seam = 0;
                    for (int i = 0; i < frames; i++) {
                        long t0 = System.nanoTime(), c0 = cpuNanos();
                        m.generate(c, 2 + i, s, rgb);
                        nanos += System.nanoTime() - t0;
                        cpuTotal += cpuNanos() - c0;
                        seam += SeamMeasure.ratio(rgb, size, m.layout().factor()) / frames;
                    }
                    double ms = nanos / 1e6 / frames, cpu = cpuTotal / 1e6 / frames;
                    out.printf("%-8s %5d  %11.2f  %7.1f  %11.1f  %15.1f  %4.2f%n", size + "²", s, 1000 / ms, ms / s, ms, cpu, seam);
                }
                if (size == 256 || sizes.size() == 1) {
                    walk(m, out);
                    ModelQualityBench.walk(m, out);
                }
            }
        }
        out.println("memory");
        for (String line : memory) out.println("  " + line);
        int seeds = o.integer("fidelity-seeds", 2);
        if (seeds > 0) ModelQualityBench.fidelity(out, err, seeds, ints(o.get("fidelity-sizes", "64,128")));
        out.println("model size (file, bank int8 behind DequantizeLinear vs fp32)");
        for (int size : sizes) out.println("  " + sizes(size));
        return 0;
    }

    /** Mean absolute change per keyframe for small walk steps against a jump, at 4 steps. */
    private static void walk(GardenModel m, PrintStream out) throws Exception {
        int len = m.width() * m.height() * 3;
        float[] a = new float[len], b = new float[len];
        LatentWalk w = new LatentWalk(m.noiseLength(), 11, 0.02, Conditioning.of("tide ember"));
        m.generate(w.request(4), a);
        double small = 0;
        for (int i = 0; i < 4; i++) {
            w.advance(1);
            m.generate(w.request(4), b);
            small += diff(a, b) / 4;
            System.arraycopy(b, 0, a, 0, len);
        }
        w.jump();
        w.advance(0);
        m.generate(w.request(4), b);
        out.printf("walk at %d²: mean |change| per keyframe %.4f for 0.02-leg steps, %.4f for a jump (RGB in 0..1)%n",
                m.width(), small, diff(a, b));
    }

    private static String sizes(int size) throws IOException {
        Path int8 = GardenCache.file(size);
        Path tmp = Files.createTempFile("latente-fp32-", ".onnx");
        try {
            ExemplarBank bank = ExemplarBank.procedural(size, GardenCache.PER_FAMILY, Progress.NONE);
            GardenGraph.build(bank, false, GardenCache.BUILTIN).write(tmp);
            return String.format("%d²: int8 %.1f MB, fp32 %.1f MB", size, Files.size(int8) / 1e6, Files.size(tmp) / 1e6);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double diff(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return s / a.length;
    }

    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: memory is reported as 0.
        }
        return 0;
    }

    private static List<Integer> ints(String csv) throws UsageException {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            try {
                out.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("expected numbers separated by commas, got '" + csv + "'");
            }
        }
        return out;
    }
}
