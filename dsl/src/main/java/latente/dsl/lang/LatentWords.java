package latente.dsl.lang;

import java.util.Map;
import java.util.Set;
import latente.dsl.latent.LatentStream;
import latente.dsl.latent.PromptPattern;
import latente.runtime.model.Models;
import latente.runtime.pattern.MiniNotationException;

/**
 * {@code latent(prompt, seed: 7, steps: 4, size: 256, model: 'builtin:garden', keyframes: 8, rate: 0.1)}:
 * a latent walk of a model, shown with {@code src(...)} (see {@link Latent} and docs/model.md).
 * The model opens on the stream's own worker, so a missing or broken model is reported there and
 * the rest of the set still runs.
 */
public interface LatentWords extends ScriptContext {
    Set<String> OPTIONS = Set.of("seed", "steps", "size", "model", "keyframes", "rate");

    @Help(signature = "latent(prompt, seed: 1, steps: 4, size: 256, model: 'builtin:garden', keyframes: 8, rate: 0.1)",
            value = "a latent walk of a model; the prompt is mini-notation ('<moss ember>/4'); show it with src(walk)")
    default Latent latent(String prompt) {
        return latent(Map.of(), prompt);
    }

    default Latent latent(Map<String, ?> options, String prompt) {
        CallSite site = CallSite.find(origin());
        for (String k : options.keySet()) {
            if (!OPTIONS.contains(k)) {
                throw new LanguageException("latent() has no option " + k + ":; options: seed, steps, size, model, keyframes, rate", site, "latent");
            }
        }
        long seed = number(options, "seed", 1, site).longValue();
        int steps = number(options, "steps", 4, site).intValue();
        int size = number(options, "size", 256, site).intValue();
        double keyframes = number(options, "keyframes", 8, site).doubleValue();
        if (steps < 1 || steps > 8) throw new LanguageException("latent(steps:) must be 1 to 8, got " + steps, site, "latent");
        if (options.containsKey("size") && (size < 16 || size > 2048)) throw new LanguageException("latent(size:) must be 16 to 2048, got " + size, site, "latent");
        if (keyframes < 0) throw new LanguageException("latent(keyframes:) must be 0 (as fast as the model can) or more", site, "latent");
        Object model = options.containsKey("model") ? options.get("model") : "builtin:garden";
        String spec = String.valueOf(model);
        if (!spec.startsWith("builtin")) spec = showControl().resolve(spec).toString(); // relative to the set file
        // A built file has its own size: only a size the user wrote is checked against it.
        if (!options.containsKey("size") && Models.isBuiltFile(spec)) size = Models.OWN_SIZE;
        LatentStream s = showControl().latents().create(spec, size, seed, steps, keyframes, parsePrompt(prompt, site), 0.1);
        Latent latent = new Latent(s, showControl(), origin());
        if (options.containsKey("rate")) latent.walk(options.get("rate"));
        return latent;
    }

    private static Number number(Map<String, ?> options, String key, Number fallback, CallSite site) {
        Object v = options.get(key);
        if (v == null) return fallback;
        if (v instanceof Number n) return n;
        throw new LanguageException("latent(" + key + ":) takes a number, not " + Args.describe(v), site, "latent");
    }

    static PromptPattern parsePrompt(String text, CallSite site) {
        try {
            return PromptPattern.parse(text);
        } catch (MiniNotationException e) {
            throw new LanguageException("prompt '" + text + "': " + e.getMessage(), site, "latent");
        }
    }
}
