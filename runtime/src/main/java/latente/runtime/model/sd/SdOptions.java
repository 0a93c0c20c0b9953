package latente.runtime.model.sd;

import java.util.function.Consumer;

/**
 * How to open and run a Stable Diffusion directory. Immutable; the {@code with…} methods
 * return changed copies.
 *
 * @param scheduler the sampler, or null to choose from the model: {@link LcmScheduler#lcm()}
 *     when the UNet takes {@code timestep_cond} (LCM-distilled), else {@link EulerScheduler#turbo()}
 * @param guidance classifier-free guidance scale; NaN means the model's default (8 for LCM's
 *     guidance embedding, none otherwise). Above 1 on a model without {@code timestep_cond} the
 *     UNet runs twice per step (with an empty prompt) — Turbo models want none.
 * @param threads intra-op threads per session; 0 means all cores but one (the render loop's)
 * @param provider where to run
 * @param notice receives one-line notices (provider fallback); never null
 */
public record SdOptions(Scheduler scheduler, double guidance, int threads, Provider provider, Consumer<String> notice) {

    /** CPU, or CUDA when ONNX Runtime was built with it (the {@code -Pcuda} Maven profile) and a device works. */
    public enum Provider { AUTO, CPU, CUDA }

    public static SdOptions defaults() {
        return new SdOptions(null, Double.NaN, 0, Provider.AUTO, System.err::println);
    }

    public SdOptions withScheduler(Scheduler s) {
        return new SdOptions(s, guidance, threads, provider, notice);
    }

    public SdOptions withGuidance(double g) {
        return new SdOptions(scheduler, g, threads, provider, notice);
    }

    public SdOptions withThreads(int n) {
        return new SdOptions(scheduler, guidance, n, provider, notice);
    }

    public SdOptions withProvider(Provider p) {
        return new SdOptions(scheduler, guidance, threads, p, notice);
    }

    public SdOptions withNotice(Consumer<String> n) {
        return new SdOptions(scheduler, guidance, threads, provider, n);
    }

    int threadCount() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
