package latente.render.vocab;

import static latente.render.vocab.Param.f;

import java.util.List;

/** Geometry: functions that move where everything before them in the chain is sampled. */
final class GeometryTable {
    private GeometryTable() {}

    static List<VisualFunction> rows() {
        return List.of(
                new VisualFunction("rotate", Kind.COORD, List.of(f("angle", 10), f("speed", 0)), """
                        vec2 p = _st - 0.5;
                        float ang = angle + speed * time;
                        float c = cos(ang), s = sin(ang);
                        return vec2(c * p.x + s * p.y, c * p.y - s * p.x) + 0.5;""",
                        "Turns the picture counter-clockwise around the centre by angle radians, plus speed "
                                + "radians per second.", "geometry"),
                new VisualFunction("scale", Kind.COORD,
                        List.of(f("amount", 1.5), f("xMult", 1), f("yMult", 1), f("offsetX", 0.5), f("offsetY", 0.5)), """
                        vec2 centre = vec2(offsetX, offsetY);
                        return (_st - centre) / vec2(amount * xMult, amount * yMult) + centre;""",
                        "Zooms around (offsetX, offsetY); amount above 1 enlarges; xMult and yMult stretch "
                                + "one axis.", "geometry"),
                new VisualFunction("pixelate", Kind.COORD, List.of(f("pixelX", 20), f("pixelY", 20)), """
                        vec2 cells = vec2(pixelX, pixelY);
                        return (floor(_st * cells) + 0.5) / cells;""",
                        "Blocks: samples the middle of each of pixelX by pixelY cells.", "geometry"),
                new VisualFunction("repeat", Kind.COORD,
                        List.of(f("repeatX", 3), f("repeatY", 3), f("offsetX", 0), f("offsetY", 0)), """
                        vec2 p = _st * vec2(repeatX, repeatY);
                        p.x += step(1.0, mod(p.y, 2.0)) * offsetX;
                        p.y += step(1.0, mod(p.x, 2.0)) * offsetY;
                        return fract(p);""",
                        "Tiles the picture repeatX by repeatY times; offsetX shifts every other row, offsetY "
                                + "every other column.", "geometry"),
                new VisualFunction("repeatX", Kind.COORD, List.of(f("reps", 3), f("offset", 0)), """
                        vec2 p = _st * vec2(reps, 1.0);
                        p.y += step(1.0, mod(p.x, 2.0)) * offset;
                        return fract(p);""",
                        "Tiles the picture reps times across; offset shifts every other column up.", "geometry"),
                new VisualFunction("repeatY", Kind.COORD, List.of(f("reps", 3), f("offset", 0)), """
                        vec2 p = _st * vec2(1.0, reps);
                        p.x += step(1.0, mod(p.y, 2.0)) * offset;
                        return fract(p);""",
                        "Tiles the picture reps times down; offset shifts every other row across.", "geometry"),
                new VisualFunction("kaleid", Kind.COORD, List.of(f("nSides", 4)), """
                        vec2 p = _st - 0.5;
                        float slice = 6.28318531 / nSides;
                        float a = abs(mod(atan(p.y, p.x), slice) - slice * 0.5);
                        return length(p) * vec2(cos(a), sin(a));""",
                        "Kaleidoscope: folds the angle around the centre into nSides mirrored slices. As in "
                                + "Hydra the result is not re-centred, so each slice shows the picture's "
                                + "top-left corner.", "geometry"),
                new VisualFunction("scroll", Kind.COORD,
                        List.of(f("scrollX", 0.5), f("scrollY", 0.5), f("speedX", 0), f("speedY", 0)), """
                        return fract(_st + vec2(scrollX + time * speedX, scrollY + time * speedY));""",
                        "Shifts the picture by (scrollX, scrollY) plus speed per second, wrapping around.",
                        "geometry"),
                new VisualFunction("scrollX", Kind.COORD, List.of(f("scrollX", 0.5), f("speed", 0)), """
                        return fract(_st + vec2(scrollX + time * speed, 0.0));""",
                        "Shifts the picture across, wrapping around.", "geometry"),
                new VisualFunction("scrollY", Kind.COORD, List.of(f("scrollY", 0.5), f("speed", 0)), """
                        return fract(_st + vec2(0.0, scrollY + time * speed));""",
                        "Shifts the picture up or down, wrapping around.", "geometry"));
    }
}
