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
    private Models() {}

    /**
     * @param size        output side for builtin:garden (a built file has its own size)
     * @param progressOut where the one-time rendering progress bar goes (stderr), or null
     */
    public static LatentModel open(String spec, int size, ModelOptions options, PrintStream progressOut) throws ModelException {
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
        return GardenModel.open(path, path.toString(), options);
    }
}
