package latente.runtime.model;

import java.util.function.Consumer;

/**
 * How to run a model.
 *
 * @param threads ONNX Runtime intra-op threads; 0 means "all cores but one" (at least one), which
 *                leaves the render loop a core on small machines
 * @param cuda    try the CUDA provider first (needs the onnxruntime_gpu build, {@code mvn -Pcuda})
 * @param notices where one-line notices go (unknown prompt words, CPU fallback); never null
 */
public record ModelOptions(int threads, boolean cuda, Consumer<String> notices) {

    public static ModelOptions defaults() {
        return new ModelOptions(0, true, System.err::println);
    }

    public ModelOptions withThreads(int n) {
        return new ModelOptions(n, cuda, notices);
    }

    public ModelOptions withCuda(boolean on) {
        return new ModelOptions(threads, on, notices);
    }

    public ModelOptions withNotices(Consumer<String> sink) {
        return new ModelOptions(threads, cuda, sink);
    }

    public int effectiveThreads() {
        if (threads > 0) return threads;
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
