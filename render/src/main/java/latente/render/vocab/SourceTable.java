package latente.render.vocab;

import static latente.render.vocab.Param.f;
import static latente.render.vocab.Param.tex;

import java.util.List;

/** Sources: functions that start a chain by making colour from the coordinate. */
final class SourceTable {
    private SourceTable() {}

    static List<VisualFunction> rows() {
        return List.of(
                new VisualFunction("osc", Kind.SOURCE, List.of(f("frequency", 60), f("sync", 0.1), f("offset", 0)), """
                        float phase = (_st.x + time * sync) * frequency;
                        return vec4(0.5 + 0.5 * sin(vec3(phase - offset, phase, phase + offset)), 1.0);""",
                        "Sine stripes along x: frequency stripes per screen, moving sync screens per second; "
                                + "offset shifts red back and blue forward against green.", "source"),
                new VisualFunction("noise", Kind.SOURCE, List.of(f("scale", 10), f("offset", 0.1)), """
                        return vec4(vec3(1.65 * l_noise(vec3(_st * scale * 1.4, time * offset))), 1.0);""",
                        "Gradient noise around 0 (negative shows black); scale zooms out, offset is the speed "
                                + "through time. Our own hash: the pattern differs from Hydra's, while its "
                                + "brightness, contrast and grain match.", "source"),
                new VisualFunction("voronoi", Kind.SOURCE, List.of(f("scale", 5), f("speed", 0.3), f("blending", 0.3)), """
                        vec2 p = _st * scale;
                        vec2 cell = floor(p);
                        float best = 10.0;
                        float value = 0.0;
                        for (int j = -1; j <= 1; j++) {
                            for (int i = -1; i <= 1; i++) {
                                ivec3 c = ivec3(ivec2(cell) + ivec2(i, j), 0);
                                vec2 seed = vec2(l_hash(c), l_hash(c + ivec3(0, 0, 1)));
                                vec2 point = 0.5 + 0.5 * sin(time * speed + 6.2831853 * seed);
                                float d = length(cell + vec2(i, j) + point - p);
                                if (d < best) {
                                    best = d;
                                    value = l_hash(c + ivec3(0, 0, 2));
                                }
                            }
                        }
                        return vec4(vec3(0.87 * value * (1.0 - blending * best)), 1.0);""",
                        "Cells around moving points, each a flat grey; blending darkens towards the cell edges. "
                                + "Our own hash: the cells differ from Hydra's, while their brightness, contrast "
                                + "and size match.",
                        "source"),
                new VisualFunction("shape", Kind.SOURCE, List.of(f("sides", 3), f("radius", 0.3), f("smoothing", 0.01)), """
                        vec2 p = _st * 2.0 - 1.0;
                        float a = atan(p.x, p.y) + 3.14159265;
                        float slice = 6.28318531 / sides;
                        float d = cos(floor(0.5 + a / slice) * slice - a) * length(p);
                        return vec4(vec3(1.0 - smoothstep(radius, radius + smoothing + 1e-7, d)), 1.0);""",
                        "A white regular polygon with the given number of sides on black, centred; radius and "
                                + "smoothing are in half-screens.", "source"),
                new VisualFunction("gradient", Kind.SOURCE, List.of(f("speed", 0)), """
                        return vec4(_st, sin(time * speed), 1.0);""",
                        "Red grows along x, green along y; blue is sin(time * speed).", "source"),
                new VisualFunction("solid", Kind.SOURCE, List.of(f("r", 0), f("g", 0), f("b", 0), f("a", 1)), """
                        return vec4(r, g, b, a);""",
                        "One flat colour.", "source"),
                new VisualFunction("src", Kind.SOURCE, List.of(tex("tex")), """
                        return l_sample(tex, _st);""",
                        "An output (o0-o3) or a source (s0-s3) as a picture. Inside an output's own chain it is "
                                + "that output's previous frame: feedback.", "source"),
                new VisualFunction("prev", Kind.SOURCE, List.of(tex("tex")), """
                        return l_sample(tex, _st);""",
                        "The previous frame of the output this chain is drawn into (src of its own output).",
                        "source"));
    }
}
