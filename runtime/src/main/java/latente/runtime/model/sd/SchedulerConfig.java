package latente.runtime.model.sd;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import latente.runtime.json.Json;

/**
 * What {@code scheduler/scheduler_config.json} (written by diffusers and Optimum beside the
 * models) says about how the model was trained: the beta schedule, what the UNet predicts, and
 * the sampler and timestep spacing the model's authors chose. Absent file or keys: SD's values
 * (scaled-linear 0.00085..0.012 over 1000 steps, epsilon prediction, no preference).
 */
record SchedulerConfig(NoiseSchedule noise, Prediction prediction, String className, Timesteps spacing, boolean karras) {

    /** What the UNet's output means. */
    enum Prediction { EPSILON, V_PREDICTION }

    static SchedulerConfig read(Path root) throws SdModelException {
        Path f = root.resolve("scheduler/scheduler_config.json");
        if (!Files.isRegularFile(f)) return new SchedulerConfig(NoiseSchedule.stableDiffusion(), Prediction.EPSILON, "", null, false);
        Map<?, ?> m;
        try {
            Object j = Json.parse(Files.readString(f, StandardCharsets.UTF_8));
            if (!(j instanceof Map)) throw new SdModelException(f + ": expected a JSON object");
            m = (Map<?, ?>) j;
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new SdModelException(f + ": " + e.getMessage());
        }
        String schedule = string(m, "beta_schedule", "scaled_linear");
        if (!schedule.equals("scaled_linear")) {
            throw new SdModelException(f + ": beta_schedule '" + schedule + "' is not supported (only scaled_linear, as every SD model uses)");
        }
        NoiseSchedule noise = NoiseSchedule.scaledLinear(number(m, "beta_start", 0.00085), number(m, "beta_end", 0.012),
                (int) number(m, "num_train_timesteps", NoiseSchedule.TRAIN_STEPS));
        String p = string(m, "prediction_type", "epsilon");
        Prediction prediction;
        if (p.equals("epsilon")) prediction = Prediction.EPSILON;
        else if (p.equals("v_prediction")) prediction = Prediction.V_PREDICTION;
        else throw new SdModelException(f + ": prediction_type '" + p + "' is not supported (epsilon or v_prediction)");
        String spacingName = string(m, "timestep_spacing", "");
        Timesteps spacing = null;
        for (Timesteps t : Timesteps.values()) if (t.name().equalsIgnoreCase(spacingName)) spacing = t;
        boolean karras = Boolean.TRUE.equals(m.get("use_karras_sigmas"));
        return new SchedulerConfig(noise, prediction, string(m, "_class_name", ""), spacing, karras);
    }

    /** The sampler the config asks for, or null when it expresses no usable preference. */
    Scheduler preferred() {
        if (className.equals("LCMScheduler")) return new LcmScheduler(noise, 50, true);
        if (className.startsWith("Euler") || spacing != null || karras) {
            return new EulerScheduler(noise, spacing != null ? spacing : Timesteps.TRAILING, karras);
        }
        return null;
    }

    private static String string(Map<?, ?> m, String key, String fallback) {
        Object v = m.get(key);
        return v instanceof String ? (String) v : fallback;
    }

    private static double number(Map<?, ?> m, String key, double fallback) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }
}
