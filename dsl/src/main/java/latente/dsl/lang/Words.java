package latente.dsl.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import latente.render.vocab.Kind;
import latente.render.vocab.Param;
import latente.render.vocab.VisualFunction;
import latente.render.vocab.Vocabulary;

/**
 * Every word a performer can type, with a signature and one line of help: the language words
 * (clock, scenes, outputs, recording...), generated from the script API's {@link Help}
 * annotations, plus the visual vocabulary table. Feeds REPL completion, {@code :help NAME} and
 * "did you mean" suggestions. A word added to {@link LatenteScript} (or an area's word
 * interface) carries its {@code @Help} and is listed here by that alone.
 */
public final class Words {
    /** @param function true for a word called with parentheses, false for a value ({@code time}, {@code o1}) */
    public record Word(String name, String signature, String doc, boolean function, boolean chainMethod) {}

    /** The script API's words, read once from its {@link Help} annotations (see {@link ScriptWords}). */
    private static final List<Word> LANGUAGE = ScriptWords.collect();

    private Words() {}

    /** Language words then vocabulary functions (re-read each time: the vocabulary can grow). */
    public static List<Word> all() {
        List<Word> all = new ArrayList<>(LANGUAGE);
        for (VisualFunction fn : Vocabulary.all()) all.add(of(fn));
        return Collections.unmodifiableList(all);
    }

    /** The word named {@code name}, or null. */
    public static Word find(String name) {
        VisualFunction fn = Vocabulary.find(name);
        if (fn != null) return of(fn);
        for (Word w : LANGUAGE) if (w.name().equals(name)) return w;
        return null;
    }

    static Word of(VisualFunction fn) {
        return new Word(fn.name(), signature(fn), fn.doc() + " (" + kind(fn.kind()) + ")", true, fn.kind() != Kind.SOURCE);
    }

    /** {@code osc(frequency = 60, sync = 0.1, offset = 0)}; texture inputs are written first. */
    public static String signature(VisualFunction fn) {
        StringBuilder s = new StringBuilder(fn.name()).append('(');
        boolean first = true;
        if (fn.kind().takesTexture() && fn.params().stream().noneMatch(Param::isTexture)) {
            s.append("texture");
            first = false;
        }
        for (Param p : fn.params()) {
            if (!first) s.append(", ");
            first = false;
            s.append(p.name());
            if (!p.isTexture()) s.append(" = ").append(number(p.defaultValue()));
        }
        return s.append(')').toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String kind(Kind k) {
        return switch (k) {
            case SOURCE -> "source: starts a chain";
            case COORD -> "geometry";
            case COLOR -> "colour";
            case COMBINE -> "blend: takes a texture";
            case COMBINE_COORD -> "modulate: takes a texture";
            default -> k.name().toLowerCase();
        };
    }
}
