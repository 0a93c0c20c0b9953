package latente.cli.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import latente.cli.Main;
import latente.runtime.model.garden.Families;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code latente model build} and {@code latente model info} run in-process, as a user types them. */
class ModelCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(List.of(args), new PrintStream(out, true), new PrintStream(err, true));
    }

    private void image(String family, long seed, int w, int h, Path file) throws Exception {
        int n = Math.max(w, h);
        float[] im = Families.render(family, seed, n);
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * n + x;
                b.setRGB(x, y, (int) ((im[i] + 1) * 127.5f) << 16 | (int) ((im[n * n + i] + 1) * 127.5f) << 8
                        | (int) ((im[2 * n * n + i] + 1) * 127.5f));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(b, file.toString().endsWith(".jpg") ? "jpg" : "png", file.toFile());
    }

    @Test
    void buildThenInfo() throws Exception {
        image("moss", 1, 64, 48, dir.resolve("imgs/green/a.png"));
        image("moss", 2, 40, 40, dir.resolve("imgs/green/b.jpg"));
        image("ember", 3, 100, 70, dir.resolve("imgs/fire/c.png"));
        Files.writeString(dir.resolve("imgs/fire/d.png"), "garbage");
        Path model = dir.resolve("mine.onnx");

        assertEquals(0, run("model", "build", dir.resolve("imgs").toString(), "--out", model.toString(), "--size", "32",
                "--families-from-subfolders"), err.toString());
        assertTrue(out.toString().contains("3 exemplars in 2 families (fire, green), 32x32, int8"), out.toString());
        assertTrue(err.toString().contains("skipped") && err.toString().contains("d.png"), err.toString());
        assertTrue(err.toString().contains("reading images ["), "progress bar on stderr: " + err);

        assertEquals(0, run("model", "info", model.toString()), err.toString());
        String info = out.toString();
        for (String want : List.of("families      fire, green", "size          32x32", "quantization  int8",
                "x          float    [1, 3, 32, 32]",
                "log_cond   float    [2]", "denoised   float    [1, 3, 32, 32]")) {
            assertTrue(info.contains(want), "missing '" + want + "' in:\n" + info);
        }
    }

    @Test
    void sampleWritesAKeyframeOfTheModelsFamilies() throws Exception {
        image("ember", 1, 40, 40, dir.resolve("imgs/fire/a.png"));
        image("ember", 2, 40, 40, dir.resolve("imgs/fire/b.png"));
        image("glass", 3, 40, 40, dir.resolve("imgs/water/c.png"));
        image("glass", 4, 40, 40, dir.resolve("imgs/water/d.png"));
        Path model = dir.resolve("m.onnx");
        assertEquals(0, run("model", "build", dir.resolve("imgs").toString(), "--out", model.toString(), "--size", "32",
                "--families-from-subfolders"), err.toString());
        Path fire = dir.resolve("fire.png"), water = dir.resolve("water.png"), mixed = dir.resolve("mixed.png");
        assertEquals(0, run("model", "sample", model.toString(), "--prompt", "fire", "--out", fire.toString()), err.toString());
        assertTrue(out.toString().contains("wrote " + fire + " (32x32, 4 steps"), out.toString());
        assertEquals(0, run("model", "sample", model.toString(), "--prompt", "water", "--seed", "3", "--out", water.toString()));
        assertEquals(0, run("model", "sample", model.toString(), "--prompt", "fire", "--from", water.toString(),
                "--strength", "0.1", "--out", mixed.toString()));
        double[] f = meanRgb(fire), w = meanRgb(water), m = meanRgb(mixed);
        assertTrue(f[0] > w[0] && w[2] > f[2], "fire redder, water bluer");
        assertTrue(Math.abs(m[2] - w[2]) < Math.abs(m[2] - f[2]), "strength 0.1 keeps the source's blue");

        assertEquals(1, run("model", "sample", dir.resolve("none.onnx").toString(), "--prompt", "x", "--out", mixed.toString()));
        assertTrue(err.toString().contains("none.onnx"), err.toString());
    }

    @Test
    void aBuiltModelKeepsItsSizeAndSaysSoWhenAskedForAnother() throws Exception {
        image("moss", 1, 40, 40, dir.resolve("imgs/a.png"));
        image("moss", 2, 40, 40, dir.resolve("imgs/b.png"));
        image("ember", 3, 40, 40, dir.resolve("imgs/c.png"));
        Path model = dir.resolve("m.onnx"), png = dir.resolve("k.png");
        assertEquals(0, run("model", "build", dir.resolve("imgs").toString(), "--out", model.toString(), "--size", "48"), err.toString());
        String bar = err.toString();
        assertTrue(bar.contains("3/3") && !bar.contains("4/4"), "the bar counts the 3 image files: " + bar);
        assertTrue(out.toString().contains("48x48"), out.toString());

        assertEquals(1, run("model", "sample", model.toString(), "--prompt", "imgs", "--size", "64", "--out", png.toString()));
        assertTrue(err.toString().contains("is 48x48, not 64x64") && err.toString().contains("--size 64"), err.toString());
        assertTrue(Files.notExists(png), "no keyframe at a size the model does not have");
        assertEquals(1, run("model", "info", model.toString(), "--size", "512"));
        assertTrue(err.toString().contains("is 48x48, not 512x512"), err.toString());

        assertEquals(0, run("model", "sample", model.toString(), "--prompt", "imgs", "--size", "48", "--out", png.toString()), err.toString());
        assertEquals(48, ImageIO.read(png.toFile()).getWidth());
        assertEquals(0, run("model", "sample", model.toString(), "--prompt", "imgs", "--out", png.toString()), err.toString());
        assertTrue(out.toString().contains("(48x48"), out.toString());
    }

    private static double[] meanRgb(Path png) throws Exception {
        BufferedImage im = ImageIO.read(png.toFile());
        double[] m = new double[3];
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                int c = im.getRGB(x, y);
                m[0] += (c >> 16) & 0xff;
                m[1] += (c >> 8) & 0xff;
                m[2] += c & 0xff;
            }
        }
        return m;
    }

    @Test
    void badInputGetsOneClearMessage() throws Exception {
        assertEquals(2, run("model", "build", dir.toString()));
        assertTrue(err.toString().contains("--out FILE is required"), err.toString());

        image("ink", 1, 20, 20, dir.resolve("lonely/only.png"));
        assertEquals(1, run("model", "build", dir.resolve("lonely").toString(), "--out", dir.resolve("x.onnx").toString()));
        assertTrue(err.toString().contains("at least 2"), err.toString());

        Path broken = dir.resolve("broken.onnx");
        Files.writeString(broken, "no");
        assertEquals(1, run("model", "info", broken.toString()));
        assertTrue(err.toString().contains(broken.toString()), err.toString());
    }
}
