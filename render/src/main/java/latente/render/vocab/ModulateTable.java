package latente.render.vocab;

import static latente.render.vocab.Param.f;
import static latente.render.vocab.Param.tex;

import java.util.List;

/** Modulation: geometry driven by the colour ({@code _c0}) of another picture. */
final class ModulateTable {
    private ModulateTable() {}

    static List<VisualFunction> rows() {
        return List.of(
                row("modulate", List.of(f("amount", 0.1)), """
                        return _st + _c0.rg * amount;""",
                        "Displaces the coordinate by the picture's red (across) and green (up), times amount."),
                row("modulateScale", List.of(f("multiple", 1), f("offset", 1)), """
                        return (_st - 0.5) / (offset + multiple * _c0.rg) + 0.5;""",
                        "Zooms each point by offset + multiple times the picture's red (x) and green (y)."),
                row("modulatePixelate", List.of(f("multiple", 10), f("offset", 3)), """
                        vec2 cells = offset + multiple * _c0.rg;
                        return (floor(_st * cells) + 0.5) / cells;""",
                        "Pixelates with offset + multiple * (red, green) cells: block size follows the picture."),
                row("modulateRotate", List.of(f("multiple", 1), f("offset", 0)), """
                        vec2 p = _st - 0.5;
                        float ang = offset + multiple * _c0.r;
                        float c = cos(ang), s = sin(ang);
                        return vec2(c * p.x + s * p.y, c * p.y - s * p.x) + 0.5;""",
                        "Rotates each point by offset + multiple * red radians around the centre."),
                row("modulateHue", List.of(f("amount", 1)), """
                        return _st + vec2(_c0.g - _c0.r, _c0.b - _c0.g) * amount / resolution;""",
                        "Moves each point by the picture's colour differences (green - red, blue - green), "
                                + "amount in pixels: pictures smear along their hue."),
                row("modulateKaleid", List.of(f("nSides", 4)), """
                        vec2 p = _st - 0.5;
                        float slice = 6.28318531 / nSides;
                        float a = abs(mod(atan(p.y, p.x), slice) - slice * 0.5);
                        return (length(p) + _c0.r) * vec2(cos(a), sin(a));""",
                        "kaleid(nSides) with the radius pushed out by the picture's red."),
                row("modulateRepeat", List.of(f("repeatX", 3), f("repeatY", 3), f("offsetX", 0.5), f("offsetY", 0.5)), """
                        vec2 p = _st * vec2(repeatX, repeatY);
                        p.x += step(1.0, mod(p.y, 2.0)) + _c0.r * offsetX;
                        p.y += step(1.0, mod(p.x, 2.0)) + _c0.g * offsetY;
                        return fract(p);""",
                        "repeat() whose tiles are shifted by the picture's red (across) and green (up)."),
                row("modulateRepeatX", List.of(f("reps", 3), f("offset", 0.5)), """
                        vec2 p = _st * vec2(reps, 1.0);
                        p.y += step(1.0, mod(p.x, 2.0)) + _c0.r * offset;
                        return fract(p);""",
                        "repeatX() whose columns are shifted up by the picture's red."),
                row("modulateRepeatY", List.of(f("reps", 3), f("offset", 0.5)), """
                        vec2 p = _st * vec2(reps, 1.0);
                        p.x += _c0.r * offset;
                        return fract(p);""",
                        "As in Hydra 1.4.0, tiles the picture reps times across (not down) and shifts it "
                                + "across by the picture's red times offset."),
                row("modulateScrollX", List.of(f("scrollX", 0.5), f("speed", 0)), """
                        return fract(_st + vec2(_c0.r * scrollX + time * speed, 0.0));""",
                        "Scrolls across by the picture's red times scrollX, plus speed per second."),
                row("modulateScrollY", List.of(f("scrollY", 0.5), f("speed", 0)), """
                        return fract(_st + vec2(0.0, _c0.r * scrollY + time * speed));""",
                        "Scrolls up by the picture's red times scrollY, plus speed per second."));
    }

    private static VisualFunction row(String name, List<Param> params, String glsl, String doc) {
        List<Param> all = new java.util.ArrayList<>();
        all.add(tex("texture"));
        all.addAll(params);
        return new VisualFunction(name, Kind.COMBINE_COORD, all, glsl, doc, "modulate");
    }
}
