package latente.dsl.latent;

import java.util.List;
import latente.runtime.model.Conditioning;
import latente.runtime.pattern.Event;
import latente.runtime.pattern.Fraction;
import latente.runtime.pattern.Pattern;
import latente.runtime.pattern.TimeSpan;

/**
 * A prompt written as mini-notation ({@code '<moss ember>/4'}, {@code '<moss [glass, tide]>'}),
 * stepping with the clock: one cycle is one bar of {@value #BEATS_PER_CYCLE} beats. Words that
 * sound together (a stack {@code '[moss, ink]'}) form one prompt. The conditioning holds each
 * step's prompt for the first half of the step, then slides (smoothstep) toward the next step's
 * prompt, so the picture morphs instead of cutting. A rest keeps a plain prompt of the words
 * around it; a pattern with no events at all asks for every family equally.
 *
 * <p>Immutable; {@link #at} may be called from any thread (the model worker calls it once per
 * keyframe; it allocates a few small objects, which is fine off the render thread).
 */
public final class PromptPattern {
    public static final double BEATS_PER_CYCLE = 4;
    private final String source;
    private final Pattern<Object> pattern;

    private PromptPattern(String source, Pattern<Object> pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /**
     * Plain words ({@code 'moss ember'}, {@code 'moss on wet stone'}) are one prompt that never
     * changes; text with any mini-notation operator is a pattern.
     *
     * @throws latente.runtime.pattern.MiniNotationException for a pattern that does not parse
     */
    public static PromptPattern parse(String text) {
        boolean plain = text.chars().noneMatch(c -> OPERATORS.indexOf(c) >= 0);
        return new PromptPattern(text, plain ? Pattern.pure(text.trim()) : Pattern.mini(text));
    }

    private static final String OPERATORS = "<>[]{},*/!?@~|";

    public String source() {
        return source;
    }

    /** The conditioning at {@code beat} (musical time of the clock). */
    public Conditioning at(double beat) {
        double cycle = beat / BEATS_PER_CYCLE;
        Fraction t = Fraction.fromDouble(cycle);
        List<Event<Object>> now = pattern.query(new TimeSpan(t, t));
        if (now.isEmpty()) return Conditioning.of(words(pattern.query(new TimeSpan(t, t.add(Fraction.ONE)))));
        TimeSpan step = now.get(0).wholeOrPart();
        double begin = step.begin.toDouble(), end = step.end.toDouble();
        double frac = end > begin ? (cycle - begin) / (end - begin) : 0;
        Conditioning here = Conditioning.of(words(now));
        if (frac < 0.5) return here;
        List<Event<Object>> next = pattern.query(new TimeSpan(step.end, step.end));
        if (next.isEmpty()) return here;
        String nextWords = words(next);
        if (nextWords.equals(words(now))) return here;
        double x = (frac - 0.5) * 2;
        return Conditioning.mix(here, Conditioning.of(nextWords), x * x * (3 - 2 * x));
    }

    private static String words(List<Event<Object>> events) {
        StringBuilder s = new StringBuilder();
        for (Event<Object> e : events) {
            if (e.value == null) continue;
            String w = String.valueOf(e.value);
            if (s.indexOf(w) >= 0 && (" " + s + " ").contains(" " + w + " ")) continue;
            if (s.length() > 0) s.append(' ');
            s.append(w);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
