package latente.render.glsl;

import latente.render.vocab.Param;
import latente.render.vocab.VisualFunction;

/** Writes the GLSL declaration of a vocabulary function from its kind, params and body. */
final class GlslFunctions {
    private GlslFunctions() {}

    static String declare(VisualFunction fn) {
        StringBuilder s = new StringBuilder();
        switch (fn.kind()) {
            case SOURCE -> s.append("vec4 ").append(fn.glslName()).append("(vec2 _st");
            case COORD -> s.append("vec2 ").append(fn.glslName()).append("(vec2 _st");
            case COLOR -> s.append("vec4 ").append(fn.glslName()).append("(vec4 _c0");
            case COMBINE -> s.append("vec4 ").append(fn.glslName()).append("(vec4 _c0, vec4 _c1");
            case COMBINE_COORD -> s.append("vec2 ").append(fn.glslName()).append("(vec2 _st, vec4 _c1");
        }
        for (Param p : fn.params()) s.append(", ").append(p.type()).append(' ').append(p.name());
        s.append(") {\n");
        for (String line : fn.glsl().split("\n")) s.append("    ").append(line).append('\n');
        return s.append("}\n").toString();
    }
}
