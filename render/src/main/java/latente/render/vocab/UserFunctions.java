package latente.render.vocab;

import java.util.ArrayList;
import java.util.List;
import latente.render.glsl.LoopBounds;

/**
 * Functions performers define themselves, in the shape of Hydra's documented setFunction: a name,
 * a type ({@code src}, {@code coord}, {@code color}, {@code combine}, {@code combineCoord}),
 * inputs (float with a default, or one sampler2D first) and a GLSL body. The body is checked by
 * the driver when a chain first uses it; a failure points at the body line. Its loops must be
 * bounded by small constants ({@link LoopBounds}), so one draw of it cannot freeze the show.
 */
public final class UserFunctions {
    private UserFunctions() {}

    /**
     * Builds and registers the function; returns it.
     *
     * @throws IllegalArgumentException with a performer-readable message for a bad type, name or input
     */
    public static VisualFunction define(String name, String type, List<Param> inputs, String glsl) {
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
        Vocabulary.define(fn);
        return fn;
    }
}
