package latente.dsl.lang;

import groovy.lang.Closure;
import java.util.Map;
import latente.dsl.show.ShowControl;
import latente.dsl.latent.LatentStream;

/**
 * A latent walk as the language names it: {@code def garden = latent('<moss ember>/4', seed: 7)},
 * then {@code src(garden)} (which shows it in a free source s0..s3) or {@code garden.out(s2)}.
 * {@link #jump} is safe from any thread and any closure ({@code on.beat(8) { garden.jump() }}).
 * See docs/model.md.
 */
public final class Latent {
    private final LatentStream stream;
    private final ShowControl show;
    private final String origin;

    Latent(LatentStream stream, ShowControl show, String origin) {
        this.stream = stream;
        this.show = show;
        this.origin = origin;
    }

    public LatentStream stream() {
        return stream;
    }

    /** {@code .walk(rate: 0.2)} or {@code .walk(rate: { 0.05 + audio.bass * 0.4 })}: legs per second. */
    @Help(signature = "walk(rate: 0.1)", value = "a latent's walk speed in seed legs per second: a number or a closure { 0.05 + audio.bass * 0.4 }")
    public Latent walk(Map<String, ?> options) {
        CallSite site = CallSite.find(origin);
        for (String k : options.keySet()) {
            if (!k.equals("rate")) throw new LanguageException("walk() takes rate: (a number or a closure), not " + k + ":", site, "walk");
        }
        return walk(options.get("rate"), site);
    }

    public Latent walk(Object rate) {
        return walk(rate, CallSite.find(origin));
    }

    private Latent walk(Object rate, CallSite site) {
        String label = site + " walk(rate:)";
        if (rate instanceof java.util.function.DoubleSupplier live) { // audio.bass * 0.4 + 0.05, recv(...), cc(...)
            stream.rate(live, label);
        } else if (rate instanceof Number n) {
            stream.rate(n.doubleValue());
        } else if (rate instanceof Closure<?> c) {
            stream.rate(() -> {
                Object v = c.call();
                if (v instanceof Number n) return n.doubleValue();
                throw new LanguageException("the walk rate closure returned " + Args.describe(v) + ", not a number", site);
            }, label);
        } else {
            throw new LanguageException("walk(rate:) takes a number or a closure such as { 0.05 + audio.bass * 0.4 }, not "
                    + Args.describe(rate), site, "walk");
        }
        return this;
    }

    /** Leaps to a new region of latent space at the next keyframe. Any thread. */
    @Help(signature = "jump()", value = "a latent leaps to a new region at its next keyframe (safe from any handler)")
    public Latent jump() {
        stream.jump();
        return this;
    }

    /** Changes the prompt (mini-notation, like the one given to latent()). */
    @Help(signature = "prompt(text)", value = "changes a latent's prompt (mini-notation)")
    public Latent prompt(String text) {
        stream.prompt(LatentWords.parsePrompt(text, CallSite.find(origin)));
        return this;
    }

    /** Sampler steps per keyframe (1..8). */
    @Help(signature = "steps(n = 4)", value = "a latent's sampler steps per keyframe, 1 to 8")
    public Latent steps(Number n) {
        stream.steps(n.intValue());
        return this;
    }

    /** Image-to-image: each keyframe starts from output {@code o} noised by {@code strength} (0..1). */
    @Help(signature = "from(output, strength: 0.5)", value = "image-to-image: a latent re-textures an output (o0-o3) each keyframe")
    public Latent from(Map<String, ?> options, OutputHandle o) {
        Object s = options.containsKey("strength") ? options.get("strength") : 0.5;
        if (!(s instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
            throw new LanguageException("from(o, strength:) takes a strength between 0 and 1", CallSite.find(origin), "from");
        }
        stream.from(o.index(), n.doubleValue());
        return this;
    }

    public Latent from(OutputHandle o) {
        return from(Map.of(), o);
    }

    /** Shows the walk in source {@code s} (instead of a free one); a walk shown elsewhere moves. */
    public Latent out(SourceHandle s) {
        show.latents().bind(stream, s.index());
        return this;
    }

    /** The source it is shown in, binding it to a free one first (what {@code src(garden)} uses). */
    int bindAuto() {
        try {
            return show.latents().bind(stream, -1);
        } catch (IllegalStateException e) {
            throw new LanguageException(e.getMessage(), CallSite.find(origin), "src");
        }
    }

    @Override
    public String toString() {
        return stream.description();
    }
}
