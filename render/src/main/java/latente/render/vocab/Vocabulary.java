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
 * <p>The table holds the built-ins only and never changes, so any thread may read it. Functions a
 * performer defines belong to one engine's evaluation ({@link UserFunctions}), not to this table.
 */
public final class Vocabulary {
    /** The categories of the reference page, in order. */
    public static final List<String> CATEGORIES = List.of("source", "geometry", "colour", "blend", "modulate", "user");

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Map<String, VisualFunction> table = index(builtins());

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

    /** Every built-in function, in table order. */
    public static Collection<VisualFunction> all() {
        return table.values();
    }

    /** The built-in function named {@code name}, or null. */
    public static VisualFunction find(String name) {
        return table.get(name);
    }

    /**
     * Checks a user-defined function's name and inputs (Hydra's setFunction).
     *
     * @throws IllegalArgumentException with a performer-readable message for a bad name or inputs
     */
    static void check(VisualFunction fn) {
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
    }
}
