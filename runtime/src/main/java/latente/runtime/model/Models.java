package latente.runtime.model;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.runtime.model.garden.GardenCache;
import latente.runtime.model.garden.GardenModel;

/**
 * Opens a model from what a user types: {@code builtin:garden} (rendered into the cache on first
 * use), a garden {@code .onnx} file made by {@code latente model build}, or a Stable Diffusion
 * ONNX directory (see docs/stable-diffusion.md).
 */
public final class Models {
    /** The size to pass when the user named none: the model's own (256 for builtin:garden and SD). */
    public static final int OWN_SIZE = 0;

    private Models() {}

    /**
     * @param size        output side, or {@link #OWN_SIZE}; a built garden file keeps the size it was
     *                    built with, so asking it for another is an error rather than a silent no-op
     * @param progressOut where the one-time rendering progress bar goes (stderr), or null
     */
    public static LatentModel open(String spec, int size, ModelOptions options, PrintStream progressOut) throws ModelException {
        if (size == OWN_SIZE && !isBuiltFile(spec)) size = GardenCache.DEFAULT_SIZE;
        if (spec.equals(GardenCache.BUILTIN) || spec.equals("builtin")) {
            Path file = GardenCache.builtin(size, progressOut);
            try {
                return GardenModel.open(file, GardenCache.BUILTIN, options);
            } catch (ModelException stale) {
                // A damaged or outdated cache file is ours to replace: render it again, once.
                options.notices().accept("latente: cached " + file.getFileName() + " unusable (" + stale.getMessage() + "); rendering it again");
                return GardenModel.open(GardenCache.regenerate(size, progressOut), GardenCache.BUILTIN, options);
            }
        }
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            // a Stable Diffusion ONNX directory (docs/stable-diffusion.md), frames of size × size
            return latente.runtime.model.sd.SdModel.open(path, size, size, options);
        }
        LatentModel built = GardenModel.open(path, path.toString(), options);
        if (size != OWN_SIZE && built.width() != size) {
            built.close();
            throw new ModelException(wrongSize(path.toString(), built.width(), size));
        }
        return built;
    }

    /** True for a garden .onnx file (not builtin:garden, not an SD directory). */
    public static boolean isBuiltFile(String spec) {
        return !spec.startsWith("builtin") && !Files.isDirectory(Path.of(spec));
    }

    /** The message for a size asked of a built model that has another. */
    public static String wrongSize(String file, int has, int asked) {
        return file + " is " + has + "x" + has + ", not " + asked + "x" + asked
                + ": a built model keeps the size it was built with (leave the size out, or rebuild it with"
                + " 'latente model build DIR --size " + asked + "')";
    }
}
