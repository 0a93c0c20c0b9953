package latente.render.vocab;

import java.util.List;

/**
 * One entry of the visual vocabulary: everything the language, the GLSL generator, completion and
 * the reference page need to know about a function.
 *
 * @param glsl the body of the GLSL function; it sees {@code _st} (coordinate, 0..1),
 *             {@code _c0}/{@code _c1} (colours), the params by name, and the globals
 *             {@code time} and {@code resolution}
 * @param doc  one sentence for completion and the reference page
 */
public record VisualFunction(String name, Kind kind, List<Param> params, String glsl, String doc) {
    public VisualFunction {
        params = List.copyOf(params);
    }

    /** The GLSL identifier; prefixed so that names like {@code mix} never collide with built-ins. */
    public String glslName() {
        return "l_" + name;
    }

    /** Parameters that the caller supplies as numbers or live values (texture inputs excluded). */
    public List<Param> numericParams() {
        return params.stream().filter(p -> !p.isTexture()).toList();
    }
}
