package latente.render.vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The visual vocabulary: one table from which the language's methods, the GLSL, completion
 * ({@link Completion}) and the reference page ({@link ReferencePage}) are derived. Names,
 * argument order and defaults follow Hydra's public documentation; every GLSL body is our own,
 * written from the documented meaning.
 *
 * <p>Thread contract: the table is an immutable map behind a volatile reference; {@link #define}
 * (user functions) copies on write, so readers on any thread see a consistent table.
 */
public final class Vocabulary {
    /** The categories of the reference page, in order. */
    public static final List<String> CATEGORIES = List.of("source", "geometry", "colour", "blend", "modulate", "user");

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static volatile Map<String, VisualFunction> table = index(builtins());

    private Vocabulary() {}

    /** The built-in rows, in reference-page order. */
    public static List<VisualFunction> builtins() {
        List<VisualFunction> v = new ArrayList<>();
        v.addAll(SourceTable.rows());
        v.addAll(GeometryTable.rows());
        v.addAll(ColourTable.rows());
        v.addAll(BlendTable.rows());
        v.addAll(ModulateTable.rows());
        return v;
    }

    private static Map<String, VisualFunction> index(List<VisualFunction> rows) {
        Map<String, VisualFunction> t = new LinkedHashMap<>();
        for (VisualFunction fn : rows) t.put(fn.name(), fn);
        return t;
    }

    /** Every function, built-ins first, in table order. */
    public static Collection<VisualFunction> all() {
        return table.values();
    }

    /** The function named {@code name}, or null. */
    public static VisualFunction find(String name) {
        return table.get(name);
    }

    /**
     * Adds or replaces a user-defined function (Hydra's setFunction). Built-ins may be replaced
     * too, as in Hydra; {@link #reset} restores them.
     *
     * @throws IllegalArgumentException with a performer-readable message for a bad name or inputs
     */
    public static synchronized void define(VisualFunction fn) {
        if (!NAME.matcher(fn.name()).matches()) {
            throw new IllegalArgumentException("setFunction: name '" + fn.name() + "' must be letters, digits and _ , starting with a letter");
        }
        boolean combine = fn.kind().takesTexture();
        for (int i = 0; i < fn.params().size(); i++) {
            Param p = fn.params().get(i);
            if (!NAME.matcher(p.name()).matches()) throw new IllegalArgumentException("setFunction " + fn.name() + ": bad input name '" + p.name() + "'");
            if (p.isTexture() && (combine ? i != 0 : fn.kind() != Kind.SOURCE || i != 0)) {
                throw new IllegalArgumentException("setFunction " + fn.name() + ": a sampler2D input may only come first"
                        + (combine ? "" : ", in a 'src' function"));
            }
        }
        Map<String, VisualFunction> next = new LinkedHashMap<>(table);
        next.put(fn.name(), fn);
        table = next;
    }

    /** Forgets user-defined functions (tests, and a fresh set). */
    public static synchronized void reset() {
        table = index(builtins());
    }
}
