package latente.cli.model;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.model.Conditioning;
import latente.runtime.model.LatentModel;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Models;
import latente.runtime.model.Noise;
import latente.runtime.model.Request;

/** {@code latente model sample}: one keyframe to a PNG, to preview a model and its prompts. */
public final class ModelSampleCommand implements Subcommand {
    @Override
    public String name() {
        return "model sample";
    }

    @Override
    public String summary() {
        return "render one keyframe of a model to a PNG (preview prompts, seeds, image-to-image)";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente model sample MODEL --prompt TEXT --out FILE.png [--seed N] [--steps N] [--size N]",
                "                            [--from IMAGE --strength S] [--strip 'PROMPT,PROMPT,...']",
                "  MODEL         builtin:garden or a .onnx file from 'latente model build'",
                "  --prompt TEXT family words, e.g. 'moss ember' or 'moss:3 ember'",
                "  --seed N      noise seed (default 1); --steps N sampler steps 1..8 (default 4)",
                "  --size N      output side of builtin:garden or an SD directory (default 256); a built model",
                "                keeps the size it was built with (another --size is an error)",
                "  --from IMAGE  image-to-image: repaint this PNG/JPEG (resized to the model) at --strength 0..1 (default 0.5)",
                "  --strip LIST  one keyframe per comma-separated prompt, side by side in one picture (instead of --prompt)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("prompt", "out", "seed", "steps", "size", "from", "strength", "strip"), Set.of());
        if (o.positional().size() != 1) throw new UsageException("expected one model, got " + o.positional().size());
        if (!o.has("out")) throw new UsageException("--out FILE.png is required");
        int steps = o.integer("steps", 4);
        if (steps < 1 || steps > Request.MAX_STEPS) throw new UsageException("--steps must be 1.." + Request.MAX_STEPS);
        double strength = o.number("strength", 0.5);
        if (strength < 0 || strength > 1) throw new UsageException("--strength must be in 0..1");
        int size = o.has("size") ? o.integer("size", 0) : Models.OWN_SIZE;
        if (o.has("size") && (size < 16 || size > 2048)) throw new UsageException("--size must be 16..2048, got " + size);
        ModelOptions mo = ModelOptions.defaults().withCuda(false).withNotices(err::println);
        try (LatentModel m = Models.open(o.positional().get(0), size, mo, err)) {
            String[] prompts = o.has("strip") ? o.get("strip", "").split(",") : new String[] {o.get("prompt", "")};
            int w = m.width(), h = m.height();
            float[] strip = new float[prompts.length * w * h * 3], rgb = new float[w * h * 3];
            long t0 = System.nanoTime();
            for (int i = 0; i < prompts.length; i++) {
                Request r = Request.of(Conditioning.of(prompts[i].trim()), Noise.seeded(o.integer("seed", 1), m.noiseLength()), steps);
                if (o.has("from")) r = r.from(read(Path.of(o.get("from", "")), w, h), (float) strength);
                m.generate(r, rgb);
                for (int y = 0; y < h; y++) System.arraycopy(rgb, y * w * 3, strip, (y * prompts.length * w + i * w) * 3, w * 3);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / prompts.length;
            Path file = Path.of(o.get("out", ""));
            write(strip, prompts.length * w, h, file);
            out.printf("wrote %s (%dx%d, %d steps, %.0f ms%s)%n", file, prompts.length * w, h, steps, ms,
                    prompts.length > 1 ? " per keyframe" : "");
            return 0;
        } catch (ModelException e) {
            err.println("latente model sample: " + e.getMessage());
            return 1;
        }
    }

    private static float[] read(Path file, int w, int h) throws ModelException, java.io.IOException {
        BufferedImage src = ImageIO.read(file.toFile());
        if (src == null) throw new ModelException(file + ": not an image this program can read");
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        im.createGraphics().drawImage(src, 0, 0, w, h, null);
        float[] rgb = new float[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = im.getRGB(x, y), i = (y * w + x) * 3;
                rgb[i] = ((c >> 16) & 0xff) / 255f;
                rgb[i + 1] = ((c >> 8) & 0xff) / 255f;
                rgb[i + 2] = (c & 0xff) / 255f;
            }
        }
        return rgb;
    }

    private static void write(float[] rgb, int w, int h, Path file) throws java.io.IOException {
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                im.setRGB(x, y, Math.round(rgb[i] * 255) << 16 | Math.round(rgb[i + 1] * 255) << 8 | Math.round(rgb[i + 2] * 255));
            }
        }
        ImageIO.write(im, "png", new File(file.toString()));
    }
}
