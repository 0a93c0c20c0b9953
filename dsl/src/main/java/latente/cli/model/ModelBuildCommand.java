package latente.cli.model;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.model.ModelException;
import latente.runtime.model.Progress;
import latente.runtime.model.garden.GardenGraph;
import latente.runtime.model.garden.ImageFolderBank;

/** {@code latente model build DIR --out FILE}: a garden model from the user's own images. */
public final class ModelBuildCommand implements Subcommand {
    @Override
    public String name() {
        return "model build";
    }

    @Override
    public String summary() {
        return "build a garden model from a folder of PNG/JPEG images";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente model build DIR --out FILE [--size N] [--families-from-subfolders]",
                "  DIR                         folder of .png/.jpg/.jpeg images (at least 2)",
                "  --out FILE                  the model to write (.onnx)",
                "  --size N                    output side in pixels (default 256); images are centre-cropped and resized",
                "  --families-from-subfolders  each subfolder of DIR is a family (its name becomes a prompt word);",
                "                              otherwise all images form one family named after DIR",
                "  --fp32                      store the bank as fp32 instead of int8 (4x larger, for comparison)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("out", "size"), Set.of("families-from-subfolders", "fp32"));
        if (o.positional().size() != 1) throw new UsageException("expected one image folder, got " + o.positional().size());
        if (!o.has("out")) throw new UsageException("--out FILE is required");
        int size = o.integer("size", 256);
        if (size < 16 || size > 1024) throw new UsageException("--size must be 16..1024, got " + size);
        Path dir = Path.of(o.positional().get(0));
        Path file = Path.of(o.get("out", ""));
        boolean int8 = !o.flag("fp32");
        Progress bar = new Progress(err, "latente: reading images", 1);
        ImageFolderBank.Result r;
        try {
            r = ImageFolderBank.read(dir, size, o.flag("families-from-subfolders"), bar);
            bar.finish();                                   // the bar counts image files, one step each
            GardenGraph.build(r.bank(), int8, file.getFileName().toString().replaceFirst("\\.onnx$", "")).write(file);
        } catch (ModelException e) {
            err.println();
            err.println("latente model build: " + e.getMessage());
            return 1;
        }
        for (String s : r.skipped()) err.println("latente: skipped " + s);
        out.printf("wrote %s: %d exemplars in %d %s (%s), %dx%d, %s, %.1f MB%n", file, r.bank().count(),
                r.bank().families().size(), r.bank().families().size() == 1 ? "family" : "families",
                String.join(", ", r.bank().families()), size, size, int8 ? "int8" : "fp32", Files.size(file) / 1e6);
        if (r.unused() > 0) {
            out.printf("%d more readable images left out: a model holds %d exemplars at speed%n", r.unused(), ImageFolderBank.MAX_EXEMPLARS);
        }
        if (!r.skipped().isEmpty()) out.printf("%d unreadable files skipped (listed on stderr)%n", r.skipped().size());
        return 0;
    }
}
