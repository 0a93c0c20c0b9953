package latente.render.glsl;

import latente.render.vocab.Param;
import latente.render.vocab.VisualFunction;

/**
 * Writes the GLSL declaration of a vocabulary function from its kind, params and body. A blend
 * or modulate function's picture input arrives as a colour ({@code _c1} or {@code _c0}), so its
 * sampler param is left out of the signature; a source's sampler (src, prev) stays in.
 */
final class GlslFunctions {
    private GlslFunctions() {}

    /** The signature line, e.g. {@code vec2 l_rotate(vec2 _st, float angle, float speed) {}. */
    static String signature(VisualFunction fn) {
        StringBuilder s = new StringBuilder();
        switch (fn.kind()) {
            case SOURCE -> s.append("vec4 ").append(fn.glslName()).append("(vec2 _st");
            case COORD -> s.append("vec2 ").append(fn.glslName()).append("(vec2 _st");
            case COLOR -> s.append("vec4 ").append(fn.glslName()).append("(vec4 _c0");
            case COMBINE -> s.append("vec4 ").append(fn.glslName()).append("(vec4 _c0, vec4 _c1");
            case COMBINE_COORD -> s.append("vec2 ").append(fn.glslName()).append("(vec2 _st, vec4 _c0");
        }
        for (Param p : fn.params()) {
            if (p.isTexture() && fn.kind().takesTexture()) continue;
            s.append(", ").append(p.type()).append(' ').append(p.name());
        }
        return s.append(") {").toString();
    }

    /** The body lines, indented. */
    static String[] body(VisualFunction fn) {
        String[] lines = fn.glsl().strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = "    " + lines[i].stripTrailing();
        return lines;
    }
}
