package latente.runtime.model.garden;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentModel;
import latente.runtime.model.ModelException;
import latente.runtime.model.Models;
import latente.runtime.model.Progress;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Models from the user's images, the built-in cache, and bad files. */
class ModelFilesTest {
    @TempDir
    Path dir;

    /** Writes a family exemplar as a PNG of the given size (mixed sizes on purpose). */
    private static void png(String family, long seed, int w, int h, Path file) throws Exception {
        float[] im = Families.render(family, seed, Math.max(w, h));
        int n = Math.max(w, h);
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (int) ((im[y * n + x] + 1) * 127.5f), g = (int) ((im[n * n + y * n + x] + 1) * 127.5f),
                        bl = (int) ((im[2 * n * n + y * n + x] + 1) * 127.5f);
                b.setRGB(x, y, (r << 16) | (g << 8) | bl);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(b, "png", file.toFile());
    }

    @Test
    void buildsAModelFromAFolderOfImagesWithFamiliesFromSubfolders() throws Exception {
        Path images = dir.resolve("photos");
        png("ember", 1, 48, 40, images.resolve("Fire Pit/a.png"));
        png("ember", 2, 64, 64, images.resolve("Fire Pit/b.png"));
        png("glass", 3, 80, 80, images.resolve("pool/c.png"));
        png("glass", 4, 33, 50, images.resolve("pool/d.png"));
        Files.writeString(images.resolve("pool/broken.png"), "not a png");
        Files.writeString(images.resolve("pool/notes.txt"), "ignored");

        ImageFolderBank.Result r = ImageFolderBank.read(images, 32, true, Progress.NONE);
        assertEquals(List.of("fire-pit", "pool"), r.bank().families());
        assertEquals(4, r.bank().count());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).contains("broken.png"), r.skipped().toString());

        Path file = dir.resolve("mine.onnx");
        GardenGraph.build(r.bank(), true, "mine").write(file);
        try (LatentModel m = Models.open(file.toString(), 0, SmallGardens.QUIET, null)) {
            assertEquals(32, m.width());
            assertEquals(List.of("fire-pit", "pool"), m.vocabulary());
            float[] fire = new float[32 * 32 * 3], pool = new float[32 * 32 * 3];
            m.generate(Conditioning.of("fire-pit"), 1, 4, fire);
            m.generate(Conditioning.of("pool"), 1, 4, pool);
            assertTrue(mean(fire, 0) > mean(pool, 0) && mean(pool, 2) > mean(fire, 2),
                    "fire-pit should be redder, pool bluer");
        }
    }

    @Test
    void tooFewImagesIsAClearError() throws Exception {
        png("moss", 1, 20, 20, dir.resolve("one/only.png"));
        ModelException e = assertThrows(ModelException.class,
                () -> ImageFolderBank.read(dir.resolve("one"), 32, false, Progress.NONE));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        assertThrows(ModelException.class, () -> ImageFolderBank.read(dir.resolve("missing"), 32, false, Progress.NONE));
    }

    @Test
    void badModelFilesGetMessagesNamingTheFileOrTensor() throws Exception {
        Path missing = dir.resolve("nope.onnx");
        assertTrue(message(missing).contains(missing.toString()));

        Path corrupt = dir.resolve("corrupt.onnx");
        Files.write(corrupt, "this is not protobuf at all".getBytes(StandardCharsets.UTF_8));
        String m = message(corrupt);
        assertTrue(m.contains(corrupt.toString()) && m.contains("not a readable ONNX model"), m);

        GraphBuilder g = new GraphBuilder("wrong");
        String in = g.input("image", DataType.FLOAT, 1, 3, 16, 16);
        g.output(g.op("Identity", in), "denoised", DataType.FLOAT, 1, 3, 16, 16);
        Path wrong = dir.resolve("wrong.onnx");
        new Model(g.build()).metadata("latente.kind", "garden").metadata("latente.format", GardenGraph.FORMAT)
                .metadata("latente.size", "16").metadata("latente.families", "a").metadata("latente.exemplars", "1").write(wrong);
        m = message(wrong);
        assertTrue(m.contains(wrong.toString()) && m.contains("'x'"), m);
    }

    private static String message(Path model) {
        return assertThrows(ModelException.class, () -> Models.open(model.toString(), 0, SmallGardens.QUIET, null)).getMessage();
    }

    @Test
    void builtinIsRenderedOnceIntoTheCacheAndRenderedAgainWhenOutdated() throws Exception {
        String old = System.getProperty("latente.cache.dir");
        System.setProperty("latente.cache.dir", dir.toString());
        try {
            ByteArrayOutputStream bar = new ByteArrayOutputStream();
            try (LatentModel m = Models.open("builtin:garden", 32, SmallGardens.QUIET, new PrintStream(bar, true))) {
                assertEquals(Families.NAMES, m.vocabulary());
            }
            int steps = Families.NAMES.size() * GardenCache.PER_FAMILY; // one step per exemplar
            assertTrue(bar.toString().contains("rendering builtin:garden 32x32") && bar.toString().contains(steps + "/" + steps)
                    && !bar.toString().contains((steps + 1) + "/"), bar.toString());
            Path file = GardenCache.file(32);
            assertTrue(file.startsWith(dir.resolve("models")));

            bar.reset();
            Models.open("builtin:garden", 32, SmallGardens.QUIET, new PrintStream(bar, true)).close();
            assertEquals("", bar.toString(), "second open must use the cache");

            // A file from an older format under today's name is replaced, not used.
            GardenGraph.build(ExemplarBank.procedural(32, 1, Progress.NONE), true, "old").metadata("latente.format", "0").write(file);
            List<String> notices = new ArrayList<>();
            Models.open("builtin:garden", 32, SmallGardens.QUIET.withNotices(notices::add), new PrintStream(bar, true)).close();
            assertEquals(1, notices.size());
            assertTrue(bar.toString().contains("rendering"), bar.toString());
            assertFalse(notices.get(0).isEmpty());
        } finally {
            if (old == null) System.clearProperty("latente.cache.dir");
            else System.setProperty("latente.cache.dir", old);
        }
    }

    private static double mean(float[] rgb, int channel) {
        double s = 0;
        for (int i = channel; i < rgb.length; i += 3) s += rgb[i];
        return s / (rgb.length / 3.0);
    }
}
