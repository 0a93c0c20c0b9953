package latente.render.vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latente.render.glsl.LoopBounds;

/**
 * The functions performers define themselves, in the shape of Hydra's documented setFunction: a
 * name, a type ({@code src}, {@code coord}, {@code color}, {@code combine}, {@code combineCoord}),
 * inputs (float with a default, or one sampler2D first) and a GLSL body. The body is checked by
 * the driver when a chain first uses it; a failure points at the body line. Its loops must be
 * bounded by small constants ({@link LoopBounds}), so one draw of it cannot freeze the show.
 *
 * <p>Immutable: {@link #define} returns a new table. Each engine keeps its own, and an evaluation
 * works on a copy that the engine keeps only when the whole evaluation succeeds, so a failing
 * block defines nothing and two engines never see each other's functions. A user function may
 * replace a built-in of the same name, as in Hydra.
 */
public final class UserFunctions {
    /** No user functions: the built-in vocabulary only. */
    public static final UserFunctions NONE = new UserFunctions(Map.of());

    private final Map<String, VisualFunction> defined;

    private UserFunctions(Map<String, VisualFunction> defined) {
        this.defined = defined;
    }

    /**
     * This table with one more function (or a function replaced).
     *
     * @throws IllegalArgumentException with a performer-readable message for a bad type, name or input
     */
    public UserFunctions define(String name, String type, List<Param> inputs, String glsl) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("setFunction needs a name");
        Kind kind = type == null ? null : Kind.fromHydraName(type);
        if (kind == null) {
            throw new IllegalArgumentException("setFunction " + name + ": type must be one of src, coord, color, combine, "
                    + "combineCoord; got " + (type == null ? "nothing" : "'" + type + "'"));
        }
        if (glsl == null || glsl.isBlank()) throw new IllegalArgumentException("setFunction " + name + ": glsl is empty");
        String unbounded = LoopBounds.problem(glsl);
        if (unbounded != null) throw new IllegalArgumentException("setFunction " + name + ": " + unbounded);
        for (Param p : inputs) {
            if (!p.type().equals("float") && !p.isTexture()) {
                throw new IllegalArgumentException("setFunction " + name + ": input " + p.name() + " has type " + p.type()
                        + "; use float (or sampler2D for the picture)");
            }
        }
        List<Param> params = new ArrayList<>(inputs);
        if (kind.takesTexture() && (params.isEmpty() || !params.get(0).isTexture())) params.add(0, Param.tex("texture"));
        VisualFunction fn = new VisualFunction(name, kind, params, glsl, "User function (" + kind.hydraName() + ").", "user");
        Vocabulary.check(fn);
        Map<String, VisualFunction> next = new LinkedHashMap<>(defined);
        next.put(name, fn);
        return new UserFunctions(Collections.unmodifiableMap(next));
    }

    /** The function {@code name} means here: a user function, else the built-in, else null. */
    public VisualFunction find(String name) {
        VisualFunction fn = defined.get(name);
        return fn != null ? fn : Vocabulary.find(name);
    }

    /** The user functions defined here. */
    public Collection<VisualFunction> defined() {
        return defined.values();
    }
}
