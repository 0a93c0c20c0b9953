package latente.render.vocab;

import static latente.render.vocab.Param.f;
import static latente.render.vocab.Param.tex;

import java.util.List;

/** Blends: functions that mix the chain ({@code _c0}) with another picture ({@code _c1}). */
final class BlendTable {
    private BlendTable() {}

    static List<VisualFunction> rows() {
        return List.of(
                new VisualFunction("add", Kind.COMBINE, List.of(tex("texture"), f("amount", 1)), """
                        return _c0 + _c1 * amount;""",
                        "Adds the picture, scaled by amount.", "blend"),
                new VisualFunction("sub", Kind.COMBINE, List.of(tex("texture"), f("amount", 1)), """
                        return _c0 - _c1 * amount;""",
                        "Subtracts the picture, scaled by amount.", "blend"),
                new VisualFunction("layer", Kind.COMBINE, List.of(tex("texture")), """
                        return vec4(mix(_c0.rgb, _c1.rgb, _c1.a), clamp(_c0.a + _c1.a, 0.0, 1.0));""",
                        "Puts the picture on top, see-through where its alpha is low (e.g. after luma()).",
                        "blend"),
                new VisualFunction("blend", Kind.COMBINE, List.of(tex("texture"), f("amount", 0.5)), """
                        return mix(_c0, _c1, amount);""",
                        "Crossfades toward the picture by amount.", "blend"),
                new VisualFunction("mult", Kind.COMBINE, List.of(tex("texture"), f("amount", 1)), """
                        return mix(_c0, _c0 * _c1, amount);""",
                        "Multiplies by the picture, faded in by amount.", "blend"),
                new VisualFunction("diff", Kind.COMBINE, List.of(tex("texture")), """
                        return vec4(abs(_c0.rgb - _c1.rgb), max(_c0.a, _c1.a));""",
                        "Absolute difference of the colours.", "blend"),
                new VisualFunction("mask", Kind.COMBINE, List.of(tex("texture")), """
                        float m = l_luma(_c1.rgb);
                        return vec4(_c0.rgb * m, _c0.a * m);""",
                        "Shows the chain only where the picture is bright (its brightness becomes the alpha).",
                        "blend"));
    }
}
