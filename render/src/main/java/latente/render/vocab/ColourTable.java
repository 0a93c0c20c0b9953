package latente.render.vocab;

import static latente.render.vocab.Param.f;

import java.util.List;

/** Colour: functions that change the colour of everything before them in the chain. */
final class ColourTable {
    private ColourTable() {}

    static List<VisualFunction> rows() {
        return List.of(
                new VisualFunction("posterize", Kind.COLOR, List.of(f("bins", 3), f("gamma", 0.6)), """
                        vec3 c = pow(max(_c0.rgb, 0.0), vec3(gamma));
                        c = floor(c * bins) / bins;
                        return vec4(pow(c, vec3(1.0 / gamma)), _c0.a);""",
                        "Fewer colours: each channel snapped to bins steps, measured after raising it to gamma.",
                        "colour"),
                new VisualFunction("shift", Kind.COLOR, List.of(f("r", 0.5), f("g", 0), f("b", 0), f("a", 0)), """
                        return _c0 + fract(vec4(r, g, b, a));""",
                        "Adds to each channel (amounts count modulo 1, so -0.1 adds 0.9); colours past 1 "
                                + "saturate at the output, as in Hydra.",
                        "colour"),
                new VisualFunction("invert", Kind.COLOR, List.of(f("amount", 1)), """
                        return vec4(mix(_c0.rgb, 1.0 - _c0.rgb, amount), _c0.a);""",
                        "Negative colours; amount 0..1 fades the effect.", "colour"),
                new VisualFunction("contrast", Kind.COLOR, List.of(f("amount", 1.6)), """
                        return vec4((_c0.rgb - 0.5) * amount + 0.5, _c0.a);""",
                        "Stretches colours away from mid-grey (below 1 flattens them).", "colour"),
                new VisualFunction("brightness", Kind.COLOR, List.of(f("amount", 0.4)), """
                        return vec4(_c0.rgb + amount, _c0.a);""",
                        "Adds amount to red, green and blue.", "colour"),
                new VisualFunction("luma", Kind.COLOR, List.of(f("threshold", 0.5), f("tolerance", 0.1)), """
                        float a = smoothstep(threshold - tolerance - 1e-7, threshold + tolerance + 1e-7, l_luma(_c0.rgb));
                        return vec4(_c0.rgb * a, a);""",
                        "Keys out the dark: brightness below threshold becomes transparent black, with a soft "
                                + "edge of width tolerance.", "colour"),
                new VisualFunction("thresh", Kind.COLOR, List.of(f("threshold", 0.5), f("tolerance", 0.04)), """
                        return vec4(vec3(smoothstep(threshold - tolerance - 1e-7, threshold + tolerance + 1e-7, l_luma(_c0.rgb))), _c0.a);""",
                        "Black and white: white where brightness is above threshold, soft edge of width "
                                + "tolerance.", "colour"),
                new VisualFunction("color", Kind.COLOR, List.of(f("r", 1), f("g", 1), f("b", 1), f("a", 1)), """
                        vec4 k = vec4(r, g, b, a);
                        return mix(_c0 * k, (1.0 - _c0) * abs(k), lessThan(k, vec4(0.0)));""",
                        "Multiplies each channel; a negative value multiplies the inverted channel.", "colour"),
                new VisualFunction("saturate", Kind.COLOR, List.of(f("amount", 2)), """
                        return vec4(mix(vec3(l_luma(_c0.rgb)), _c0.rgb, amount), _c0.a);""",
                        "Colourfulness: 0 is grey, 1 unchanged, above 1 more vivid.", "colour"),
                new VisualFunction("hue", Kind.COLOR, List.of(f("hue", 0.4)), """
                        vec3 hsv = l_rgb2hsv(_c0.rgb);
                        return vec4(l_hsv2rgb(vec3(hsv.x + hue, hsv.yz)), _c0.a);""",
                        "Turns the hue by hue (1 = a full turn of the colour wheel).", "colour"),
                new VisualFunction("colorama", Kind.COLOR, List.of(f("amount", 0.005)), """
                        vec3 hsv = l_rgb2hsv(_c0.rgb) + amount;
                        return vec4(fract(l_hsv2rgb(hsv)), _c0.a);""",
                        "Adds amount to hue, saturation and value, and wraps the colours around: psychedelic "
                                + "bands, strongest with feedback.", "colour"),
                channel("r", "Red as grey: every channel (alpha too) becomes red * scale + offset."),
                channel("g", "Green as grey: every channel (alpha too) becomes green * scale + offset."),
                channel("b", "Blue as grey: every channel (alpha too) becomes blue * scale + offset."),
                channel("a", "Alpha as grey: every channel becomes alpha * scale + offset."),
                new VisualFunction("sum", Kind.COLOR, List.of(f("scale", 1)), """
                        return vec4(dot(_c0, vec4(scale)));""",
                        "The four channels added, each times scale, as grey in every channel (as r() to a() give "
                                + "one). Hydra lists sum(scale) with this meaning, but its own shader for it does not "
                                + "compile (hydra-synth issue 78).", "colour"));
    }

    private static VisualFunction channel(String name, String doc) {
        return new VisualFunction(name, Kind.COLOR, List.of(f("scale", 1), f("offset", 0)),
                "return vec4(_c0." + name + " * scale + offset);", doc, "colour");
    }
}
