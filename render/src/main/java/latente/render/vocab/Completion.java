package latente.render.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completion data for the REPL and editors, derived from the vocabulary table: each function's
 * name and its call with defaults, e.g. {@code osc(frequency=60, sync=0.1, offset=0)} or
 * {@code blend(texture, amount=0.5)}. Reads the live table, so user functions appear too.
 */
public final class Completion {
    /** One completion candidate. */
    public record Entry(String name, String signature, String kind, String doc) {}

    private Completion() {}

    /** Every function, in table order. */
    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (VisualFunction fn : Vocabulary.all()) out.add(entry(fn));
        return out;
    }

    /** Functions whose name starts with {@code prefix}; sources only when {@code sources}, transforms otherwise. */
    public static List<Entry> matching(String prefix, boolean sources) {
        List<Entry> out = new ArrayList<>();
        for (VisualFunction fn : Vocabulary.all()) {
            if ((fn.kind() == Kind.SOURCE) == sources && fn.name().startsWith(prefix)) out.add(entry(fn));
        }
        return out;
    }

    public static Entry entry(VisualFunction fn) {
        return new Entry(fn.name(), signature(fn), fn.kind().hydraName(), fn.doc());
    }

    /** {@code name(arg=default, ...)}; a picture input shows as its bare name. */
    public static String signature(VisualFunction fn) {
        StringBuilder s = new StringBuilder(fn.name()).append('(');
        boolean first = true;
        for (Param p : fn.params()) {
            if (p.isTexture() && fn.name().equals("prev")) continue;
            if (!first) s.append(", ");
            first = false;
            s.append(p.name());
            if (!p.isTexture()) s.append('=').append(number(p.defaultValue()));
        }
        return s.append(')').toString();
    }

    /** A default as a performer would type it: 60, 0.1, -0.5. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
