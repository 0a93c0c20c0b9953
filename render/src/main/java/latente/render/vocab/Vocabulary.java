package latente.render.vocab;

import static latente.render.vocab.Param.f;
import static latente.render.vocab.Param.tex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visual vocabulary: one table from which the language's methods, the GLSL, completion and
 * the reference page are derived. Names, argument order and defaults follow Hydra's public
 * documentation; every GLSL body here is our own, written from the documented meaning.
 *
 * <p>Thread contract: the built-in table is immutable; {@link #define} (user functions) copies on
 * write, so readers on any thread see a consistent table.
 */
public final class Vocabulary {
    private static volatile Map<String, VisualFunction> table = build();

    private Vocabulary() {}

    private static Map<String, VisualFunction> build() {
        Map<String, VisualFunction> t = new LinkedHashMap<>();
        for (VisualFunction fn : builtins()) t.put(fn.name(), fn);
        return t;
    }

    private static List<VisualFunction> builtins() {
        List<VisualFunction> v = new ArrayList<>();
        // Sources
        v.add(new VisualFunction("osc", Kind.SOURCE, List.of(f("frequency", 60), f("sync", 0.1), f("offset", 0)),
                "float ph = (_st.x + time * sync) * frequency;\n"
                        + "float shift = offset;\n"
                        + "return vec4(sin(ph - shift) * 0.5 + 0.5, sin(ph) * 0.5 + 0.5, sin(ph + shift) * 0.5 + 0.5, 1.0);",
                "Sine stripes along x; offset shifts red and blue against green."));
        v.add(new VisualFunction("noise", Kind.SOURCE, List.of(f("scale", 10), f("offset", 0.1)),
                "float n = l_valueNoise(vec3(_st * scale, time * offset));\n"
                        + "return vec4(vec3(n), 1.0);",
                "Smooth value noise; offset is the speed through time."));
        v.add(new VisualFunction("shape", Kind.SOURCE, List.of(f("sides", 3), f("radius", 0.3), f("smoothing", 0.01)),
                "vec2 p = _st * 2.0 - 1.0;\n"
                        + "float a = atan(p.x, p.y) + 3.14159265;\n"
                        + "float slice = 6.28318531 / max(sides, 1.0);\n"
                        + "float d = cos(floor(0.5 + a / slice) * slice - a) * length(p);\n"
                        + "return vec4(vec3(1.0 - smoothstep(radius, radius + smoothing + 1e-7, d)), 1.0);",
                "A regular polygon with the given number of sides, centred."));
        v.add(new VisualFunction("gradient", Kind.SOURCE, List.of(f("speed", 0)),
                "return vec4(_st, sin(time * speed) * 0.5 + 0.5, 1.0);",
                "Red along x, green along y, blue pulsing with time."));
        v.add(new VisualFunction("solid", Kind.SOURCE, List.of(f("r", 0), f("g", 0), f("b", 0), f("a", 1)),
                "return vec4(r, g, b, a);",
                "One flat colour."));
        v.add(new VisualFunction("src", Kind.SOURCE, List.of(tex("tex")),
                "return texture(tex, fract(_st));",
                "An output (o0-o3) or source (s0-s3) as a picture; its own output gives feedback."));
        // Geometry
        v.add(new VisualFunction("rotate", Kind.COORD, List.of(f("angle", 10), f("speed", 0)),
                "vec2 p = _st - 0.5;\n"
                        + "float ang = angle + speed * time;\n"
                        + "float c = cos(ang), s = sin(ang);\n"
                        + "return vec2(c * p.x - s * p.y, s * p.x + c * p.y) + 0.5;",
                "Rotates around the centre by angle (radians) plus speed per second."));
        v.add(new VisualFunction("scale", Kind.COORD,
                List.of(f("amount", 1.5), f("xMult", 1), f("yMult", 1), f("offsetX", 0.5), f("offsetY", 0.5)),
                "vec2 centre = vec2(offsetX, offsetY);\n"
                        + "return (_st - centre) / vec2(amount * xMult, amount * yMult) + centre;",
                "Zooms around (offsetX, offsetY); amount above 1 enlarges."));
        v.add(new VisualFunction("pixelate", Kind.COORD, List.of(f("pixelX", 20), f("pixelY", 20)),
                "vec2 cells = vec2(pixelX, pixelY);\n"
                        + "return (floor(_st * cells) + 0.5) / cells;",
                "Samples the middle of each of pixelX × pixelY cells."));
        v.add(new VisualFunction("kaleid", Kind.COORD, List.of(f("nSides", 4)),
                "vec2 p = _st - 0.5;\n"
                        + "float slice = 6.28318531 / nSides;\n"
                        + "float a = mod(atan(p.y, p.x), slice);\n"
                        + "a = abs(a - slice * 0.5);\n"
                        + "return length(p) * vec2(cos(a), sin(a));",
                "Mirrors the picture into nSides slices around the centre."));
        v.add(new VisualFunction("scroll", Kind.COORD,
                List.of(f("scrollX", 0.5), f("scrollY", 0.5), f("speedX", 0), f("speedY", 0)),
                "return fract(_st + vec2(scrollX + time * speedX, scrollY + time * speedY));",
                "Shifts the picture, wrapping around the edges."));
        // Colour
        v.add(new VisualFunction("invert", Kind.COLOR, List.of(f("amount", 1)),
                "return vec4(mix(_c0.rgb, 1.0 - _c0.rgb, amount), _c0.a);",
                "Inverts the colours; amount 0..1 fades the effect."));
        v.add(new VisualFunction("brightness", Kind.COLOR, List.of(f("amount", 0.4)),
                "return vec4(_c0.rgb + amount, _c0.a);",
                "Adds amount to every channel."));
        v.add(new VisualFunction("contrast", Kind.COLOR, List.of(f("amount", 1.6)),
                "return vec4((_c0.rgb - 0.5) * amount + 0.5, _c0.a);",
                "Stretches colours away from mid-grey."));
        v.add(new VisualFunction("color", Kind.COLOR, List.of(f("r", 1), f("g", 1), f("b", 1), f("a", 1)),
                "return _c0 * vec4(r, g, b, a);",
                "Multiplies each channel."));
        // Blend
        v.add(new VisualFunction("add", Kind.COMBINE, List.of(f("amount", 1)),
                "return _c0 + _c1 * amount;",
                "Adds the texture, scaled by amount."));
        v.add(new VisualFunction("blend", Kind.COMBINE, List.of(f("amount", 0.5)),
                "return mix(_c0, _c1, amount);",
                "Crossfades toward the texture by amount."));
        v.add(new VisualFunction("mult", Kind.COMBINE, List.of(f("amount", 1)),
                "return mix(_c0, _c0 * _c1, amount);",
                "Multiplies by the texture, faded by amount."));
        v.add(new VisualFunction("diff", Kind.COMBINE, List.of(),
                "return vec4(abs(_c0.rgb - _c1.rgb), max(_c0.a, _c1.a));",
                "Absolute difference with the texture."));
        // Modulate
        v.add(new VisualFunction("modulate", Kind.COMBINE_COORD, List.of(f("amount", 0.1)),
                "return _st + _c1.xy * amount;",
                "Displaces coordinates by the texture's red and green."));
        return v;
    }

    /** Every function, built-ins first, in table order. */
    public static Collection<VisualFunction> all() {
        return table.values();
    }

    /** The function named {@code name}, or null. */
    public static VisualFunction find(String name) {
        return table.get(name);
    }

    /** Adds or replaces a user-defined function. */
    public static synchronized void define(VisualFunction fn) {
        Map<String, VisualFunction> next = new LinkedHashMap<>(table);
        next.put(fn.name(), fn);
        table = next;
    }
}
