package latente.runtime.model.garden;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.runtime.model.ModelException;
import latente.runtime.model.Progress;

/**
 * The built-in model's files: rendered once per size into the user's cache directory
 * ({@code latente.cache.dir} property, else {@code $XDG_CACHE_HOME/latente}, else
 * {@code ~/.cache/latente}), under {@code models/garden-f<FORMAT>-<size>.onnx}. A new
 * {@link GardenGraph#FORMAT} gives a new file name, so an upgrade regenerates the model and
 * removes the stale one.
 */
public final class GardenCache {
    public static final String BUILTIN = "builtin:garden";
    public static final int DEFAULT_SIZE = 256;
    public static final int PER_FAMILY = 4;

    private GardenCache() {}

    public static Path dir() {
        String prop = System.getProperty("latente.cache.dir");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("latente");
    }

    public static Path file(int size) {
        return dir().resolve("models").resolve("garden-f" + GardenGraph.FORMAT + "-" + size + ".onnx");
    }

    /** The cached built-in model of this size, rendering it first (progress bar on {@code progressOut}, may be null). */
    public static Path builtin(int size, PrintStream progressOut) throws ModelException {
        Path file = file(size);
        if (Files.isRegularFile(file)) return file;
        return regenerate(size, progressOut);
    }

    /** Renders and writes the built-in model of this size, replacing any cached version. */
    public static Path regenerate(int size, PrintStream progressOut) throws ModelException {
        Path file = file(size);
        int exemplars = Families.NAMES.size() * PER_FAMILY;
        Progress bar = progressOut == null ? Progress.NONE
                : new Progress(progressOut, "latente: rendering builtin:garden " + size + "x" + size, exemplars);
        try {
            ExemplarBank bank = ExemplarBank.procedural(size, PER_FAMILY, bar);
            bar.finish();                                   // the bar counts exemplars, one step each
            GardenGraph.build(bank, true, BUILTIN).write(file);
            removeStale(file);
            return file;
        } catch (IOException e) {
            throw new ModelException(file + ": cannot write the built-in model (" + e.getMessage() + ")", e);
        }
    }

    private static void removeStale(Path keep) {
        String sizeSuffix = keep.getFileName().toString().replaceFirst("^garden-f[^-]+", "");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(keep.getParent(), "garden-f*" + sizeSuffix)) {
            for (Path p : s) {
                if (!p.equals(keep)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A stale file left behind only costs disk space.
        }
    }
}
