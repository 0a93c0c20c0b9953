package latente.dsl.latent;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import latente.runtime.model.LatentModel;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Models;

/**
 * The models a show has opened, kept across evaluations: re-evaluating a set that names
 * {@code builtin:garden} at 256² reuses the open session instead of loading it again. A model is
 * used by one worker at a time ({@link Entry#lock}): when a new evaluation replaces a stream,
 * the new worker waits for the old one's keyframe to finish.
 *
 * <p>Thread contract: {@link #open} from model workers (or the offline render loop); opening
 * is serialised, so two streams asking for the same model share one session.
 */
public final class ModelHost implements AutoCloseable {
    /** An open model and the lock its one generating thread holds. */
    public record Entry(LatentModel model, Object lock) {}

    private final Map<String, Entry> open = new HashMap<>();
    private final PrintStream progress;
    private volatile ModelOptions options;

    public ModelHost(Consumer<String> notices, PrintStream progress) {
        this.options = ModelOptions.defaults().withNotices(notices);
        this.progress = progress;
    }

    /** ONNX Runtime threads per model (0: all cores but one, leaving the render loop a core). */
    public void threads(int n) {
        options = options.withThreads(n);
    }

    public ModelOptions options() {
        return options;
    }

    /** @throws ModelException naming the file or tensor when the model cannot be opened */
    public synchronized Entry open(String spec, int size) throws ModelException {
        String key = spec + "@" + size;
        Entry e = open.get(key);
        if (e == null) {
            e = new Entry(Models.open(spec, size, options, progress), new Object());
            open.put(key, e);
        }
        return e;
    }

    @Override
    public synchronized void close() {
        for (Entry e : open.values()) {
            synchronized (e.lock()) {
                e.model().close();
            }
        }
        open.clear();
    }
}
