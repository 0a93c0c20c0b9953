package latente.bench.live;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;

/**
 * {@code latente bench render}: frame time of three reference chains, headless with readback
 * (every frame is read back to memory as a recorder would), at 1280×720 and 1920×1080, plus the
 * time to compile each chain (Groovy evaluation and the driver's GLSL compile and link).
 */
public final class RenderBench implements Subcommand {
    /** The reference chains, by name. */
    public static final Map<String, String> CHAINS = new LinkedHashMap<>();

    static {
        CHAINS.put("simple", "osc(10, 0.1, 1.2).out(o0)\n");
        CHAINS.put("medium", """
                osc(12, 0.05, 1.2).kaleid(5).out(o1)
                src(o1).modulate(noise(3, 0.2), 0.04).blend(src(o0).scale(1.01), 0.35).out(o0)
                render(o0)
                """);
        CHAINS.put("heavy", """
                osc(12, 0.05, 1.2).kaleid(5).rotate({ time * 0.1 }).out(o1)
                noise(3, 0.2).color(0.9, 0.4, 0.8).modulate(o1, 0.2).out(o2)
                voronoi(6, 0.3, 0.4).modulateRotate(o2, 2).hue({ time * 0.05 }).out(o3)
                src(o1).modulate(o2, 0.04).blend(src(o0).scale(1.01), 0.35).diff(o3).layer(shape(4, 0.3).luma(0.5)).out(o0)
                render(o0)
                """);
    }

    @Override
    public String name() {
        return "bench render";
    }

    @Override
    public String summary() {
        return "frame time of reference shader chains, headless with readback";
    }

    @Override
    public String usage() {
        return "usage: latente bench render [--frames N] [--chain simple|medium|heavy] [--width W --height H] [--set FILE]\n"
                + "  --set measures your own set instead of the reference chains\n"
                + "  default: 300 measured frames (after 30 warm-up frames) per chain at 1280x720 and 1920x1080";
    }

    /** One measurement: milliseconds per frame (mean and 99th percentile) and compile time. */
    /** {@code cpuMs}: process CPU time per frame (all threads, llvmpipe's included), which other load on the machine barely changes. */
    public record Result(String chain, int width, int height, double meanMs, double p99Ms, double compileMs, double cpuMs) {
        public double fps() {
            return 1000 / meanMs;
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("frames", "chain", "width", "height", "set"), Set.of());
        int frames = o.integer("frames", 300);
        if (frames < 10) throw new UsageException("--frames must be at least 10");
        if (o.has("set")) CHAINS.put(o.get("set", ""), java.nio.file.Files.readString(java.nio.file.Path.of(o.get("set", ""))));
        List<String> chains = o.has("set") ? List.of(o.get("set", "")) : o.has("chain") ? List.of(o.get("chain", "")) : List.copyOf(CHAINS.keySet());
        for (String c : chains) if (!CHAINS.containsKey(c)) throw new UsageException("unknown chain '" + c + "'; use simple, medium or heavy");
        int[][] sizes = o.has("width") || o.has("height")
                ? new int[][] {{o.integer("width", 1280), o.integer("height", 720)}}
                : new int[][] {{1280, 720}, {1920, 1080}};
        out.printf("%-7s %-10s %9s %9s %8s %11s %8s%n", "chain", "size", "mean ms", "p99 ms", "fps", "compile ms", "cpu ms");
        measure("simple", 64, 36, 10); // warm the JVM and Groovy so compile times are not a cold start
        String gl = null;
        for (int[] size : sizes) {
            for (String c : chains) {
                Result r = measure(c, size[0], size[1], frames);
                out.printf("%-7s %-10s %9.2f %9.2f %8.1f %11.1f %8.2f%n", c, size[0] + "x" + size[1], r.meanMs(), r.p99Ms(), r.fps(), r.compileMs(), r.cpuMs());
                if (gl == null) gl = lastGl;
            }
        }
        out.println("on " + gl + ", " + Runtime.getRuntime().availableProcessors() + " cores; " + frames
                + " frames after 30 warm-up, each drawn and read back (glReadPixels)");
        return 0;
    }

    private static String lastGl;

    /** Draws {@code frames} frames of chain {@code name} at the given size, each read back. */
    public static Result measure(String name, int width, int height, int frames) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        try (OfflineRender r = Shows.offline(width, height, quiet)) {
            lastGl = r.glDescription();
            long c0 = System.nanoTime();
            EvalResult e = r.engine().evaluateSet(CHAINS.get(name), name + ".groovy");
            double compileMs = (System.nanoTime() - c0) / 1e6;
            if (!e.ok()) throw new IllegalStateException("reference chain " + name + " failed: " + e.error());
            ByteBuffer px = org.lwjgl.system.MemoryUtil.memAlloc(width * height * 4);
            try {
                for (int k = 0; k < 30; k++) frame(r, k, px);
                double[] ms = new double[frames];
                long cpu0 = cpuNanos();
                for (int k = 0; k < frames; k++) {
                    r.engine().advance((30 + k) / 60.0);
                    long t0 = System.nanoTime();
                    r.renderer().drawFrame(r.engine().time());
                    r.renderer().readFinal(px);
                    ms[k] = (System.nanoTime() - t0) / 1e6;
                }
                double cpuMs = (cpuNanos() - cpu0) / 1e6 / frames;
                double mean = Arrays.stream(ms).average().orElse(0);
                Arrays.sort(ms);
                double p99 = ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)];
                return new Result(name, width, height, mean, p99, compileMs, cpuMs);
            } finally {
                org.lwjgl.system.MemoryUtil.memFree(px);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void frame(OfflineRender r, int k, ByteBuffer px) {
        r.engine().advance(k / 60.0);
        r.renderer().drawFrame(r.engine().time());
        r.renderer().readFinal(px);
    }
}
