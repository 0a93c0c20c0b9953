package latente.bench.model;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentWalk;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Models;
import latente.runtime.model.Noise;
import latente.runtime.model.Progress;
import latente.runtime.model.garden.ExactGarden;
import latente.runtime.model.garden.ExemplarBank;
import latente.runtime.model.garden.GardenCache;
import latente.runtime.model.garden.GardenGraph;
import latente.runtime.model.garden.GardenLayout;
import latente.runtime.model.garden.GardenModel;

/**
 * The picture-quality half of {@code latente bench model}: walk smoothness (a 10 s walk at
 * 0.05 legs/s against a jump) and fidelity of the fast graph to the exact closed-form denoiser
 * ({@link ExactGarden}) at 64² and 128², with each geometric simplification priced on its own.
 */
final class ModelQualityBench {
    static final String PROMPT = "moss ember";

    private ModelQualityBench() {}

    /** Keyframes at 8/s along a 10 s walk at 0.05 legs/s; display frames at 60 Hz fade between them. */
    static void walk(GardenModel m, PrintStream out) throws Exception {
        int len = m.width() * m.height() * 3, keyframes = 80;
        float[] a = new float[len], b = new float[len];
        LatentWalk w = new LatentWalk(m.noiseLength(), 11, 0.05, Conditioning.of(PROMPT));
        m.generate(w.request(4), a);
        double sum = 0, largest = 0;
        for (int i = 0; i < keyframes; i++) {
            w.advance(1.0 / 8);
            m.generate(w.request(4), b);
            double d = meanAbs(a, b);
            sum += d;
            largest = Math.max(largest, d);
            System.arraycopy(b, 0, a, 0, len);
        }
        w.jump();
        w.advance(0);
        m.generate(w.request(4), b);
        double jump = meanAbs(a, b), perDisplay = 8 / 60.0;
        out.printf("walk at %d², 10 s at 0.05 legs/s, 8 keyframes/s, mean |change| (RGB 0..1):%n", m.width());
        out.printf("  keyframe to keyframe: mean %.4f, largest %.4f (largest/mean %.1f); a jump %.4f (%.0f× the mean)%n",
                sum / keyframes, largest, largest / (sum / keyframes), jump, jump / (sum / keyframes));
        out.printf("  display frame to frame at 60 Hz (the blender fades each gap over 7.5 frames): mean %.5f, largest %.5f%n",
                sum / keyframes * perDisplay, largest * perDisplay);
    }

    /** PSNR of fast keyframes against the exact formula, same bank, seed, noise and schedule. */
    static void fidelity(PrintStream out, PrintStream err, int seeds, java.util.List<Integer> sizes) throws Exception {
        out.printf("fidelity to the exact closed-form denoiser (PSNR dB, higher is closer; prompt '%s', 4 steps, %d seeds):%n",
                PROMPT, seeds);
        out.println("size  exact vs other seed  exact vs 5 shifts  vs patch<=7  fast graph  fast, 2x2 grid   (mean |error|: fast)");
        ModelOptions mo = new ModelOptions(1, false, s -> { });
        for (int n : sizes) {
            ExemplarBank bank = ExemplarBank.procedural(n, GardenCache.PER_FAMILY, Progress.NONE);
            Path coarse = Files.createTempFile("latente-grid2-", ".onnx");
            double[] sums = new double[6];
            try (GardenModel fast = (GardenModel) Models.open(GardenCache.BUILTIN, n, mo, err)) {
                GardenGraph.build(bank, true, GardenCache.BUILTIN, GardenLayout.of(n, bank.count(), 2)).write(coarse);
                try (GardenModel grid2 = GardenModel.open(coarse, "grid2", mo)) {
                    float[] logCond = fast.prompt().logWeights(Conditioning.of(PROMPT), new float[bank.families().size()]);
                    for (int s = 0; s < seeds; s++) {
                        float[] noise = Noise.seeded(100 + s, fast.noiseLength());
                        float[] exact = new ExactGarden(bank).sample(noise, logCond, 4);
                        float[] other = new ExactGarden(bank).sample(Noise.seeded(200 + s, noise.length), logCond, 4);
                        float[] cross = new ExactGarden(bank, ExactGarden.CROSS_5, 15).sample(noise, logCond, 4);
                        float[] capped = new ExactGarden(bank, ExactGarden.CROSS_5, 7).sample(noise, logCond, 4);
                        float[] got = new float[exact.length], got2 = new float[exact.length];
                        fast.generate(latente.runtime.model.Request.of(Conditioning.of(PROMPT), noise, 4), got);
                        grid2.generate(latente.runtime.model.Request.of(Conditioning.of(PROMPT), noise, 4), got2);
                        sums[0] += ExactGarden.psnr(exact, other);
                        sums[1] += ExactGarden.psnr(exact, cross);
                        sums[2] += ExactGarden.psnr(exact, capped);
                        sums[3] += ExactGarden.psnr(exact, got);
                        sums[4] += ExactGarden.psnr(exact, got2);
                        sums[5] += meanAbs(exact, got);
                    }
                }
            } finally {
                Files.deleteIfExists(coarse);
            }
            out.printf("%-5s %19.2f  %17.2f  %10.2f  %10.2f  %15.2f   (%.4f)%n", n + "²", sums[0] / seeds, sums[1] / seeds,
                    sums[2] / seeds, sums[3] / seeds, sums[4] / seeds, sums[5] / seeds);
        }
    }

    static double meanAbs(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return s / a.length;
    }
}
