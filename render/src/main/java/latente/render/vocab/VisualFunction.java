package latente.render.vocab;

import java.util.List;
import latente.runtime.scene.Call;

/**
 * One entry of the visual vocabulary: everything the language, the GLSL generator, completion and
 * the reference page need to know about a function.
 *
 * @param category where the reference page lists it ("source", "geometry", "colour", "blend",
 *                 "modulate" or "user")
 * @param glsl     the body of the GLSL function; it sees {@code _st} (coordinate, 0..1 from the
 *                 top left, y down, as in Hydra), {@code _c0}/{@code _c1} (colours, see {@link Kind}), the params by
 *                 name, and the globals {@code time}, {@code resolution}, {@code mouse}, {@code bpm}
 * @param doc      one or two sentences for completion and the reference page
 */
public record VisualFunction(String name, Kind kind, List<Param> params, String glsl, String doc, String category)
        implements Call.Definition {
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
