package latente.render.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code docs/vocabulary.md} from the vocabulary table: every built-in function with its
 * signature, defaults and meaning, grouped by category. Checked in; a test fails when it is
 * stale. Run: {@code java -cp ... latente.render.vocab.ReferencePage docs/vocabulary.md}, or the
 * test command that test prints.
 */
public final class ReferencePage {
    private ReferencePage() {}

    public static String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Visual vocabulary\n\n");
        s.append("Generated from `latente.render.vocab.Vocabulary` by `latente.render.vocab.ReferencePage`; do not edit.\n");
        s.append("Names, argument order and defaults follow Hydra's documentation, so a Hydra sketch ports line for\n");
        s.append("line (`() => x` becomes `{ x }`). Every argument may be a number, a closure (`{ time * 0.1 }`), a\n");
        s.append("list (`[1, 2, 4].fast(2)`) or a live input. A `texture` argument takes a chain (`osc()`), an\n");
        s.append("output (`o0`-`o3`) or a source (`s0`-`s3`). Coordinates run 0..1 from the top left, y down,\n");
        s.append("as in Hydra: `shape(3)` points down and `gradient()` is black at the top left.\n");
        for (String category : Vocabulary.CATEGORIES) {
            if (category.equals("user")) continue;
            s.append("\n## ").append(title(category)).append("\n\n");
            s.append("| Function | Meaning |\n|---|---|\n");
            for (VisualFunction fn : Vocabulary.builtins()) {
                if (!fn.category().equals(category)) continue;
                s.append("| `").append(Completion.signature(fn)).append("` | ").append(fn.doc().replace("|", "\\|")).append(" |\n");
            }
        }
        differences(s);
        s.append("\n## Your own functions\n\n");
        s.append("`setFunction(name: 'wobble', type: 'color', inputs: [[name: 'amount', type: 'float', default: 0.5]],\n");
        s.append("glsl: 'return vec4(_c0.rgb * (1.0 + amount * sin(time)), _c0.a);')` adds a function, as Hydra's\n");
        s.append("setFunction does. Types and what the body sees:\n\n");
        s.append("| type | GLSL signature |\n|---|---|\n");
        s.append("| `src` | `vec4 f(vec2 _st, inputs...)` |\n");
        s.append("| `coord` | `vec2 f(vec2 _st, inputs...)` |\n");
        s.append("| `color` | `vec4 f(vec4 _c0, inputs...)` |\n");
        s.append("| `combine` | `vec4 f(vec4 _c0, vec4 _c1, inputs...)` (`_c1` is the texture argument) |\n");
        s.append("| `combineCoord` | `vec2 f(vec2 _st, vec4 _c0, inputs...)` (`_c0` is the texture argument) |\n\n");
        s.append("Every body may use the uniforms `time`, `resolution`, `mouse` (pixels) and `bpm`, and the helpers\n");
        s.append("`l_noise(vec3)`, `l_hash(ivec3)`, `l_luma(vec3)`, `l_rgb2hsv(vec3)`, `l_hsv2rgb(vec3)`, and\n");
        s.append("`l_sample(sampler2D, vec2)` to read a picture at a coordinate (GL's own `texture()` counts rows from\n");
        s.append("the bottom, so it shows a picture upside down).\n");
        s.append("A body that does not compile keeps the previous picture and reports the body line and the set-file line.\n");
        return s.toString();
    }

    /** What a Hydra user should know: checked against hydra-synth 1.4.0 by tests/conformance/hydra. */
    private static void differences(StringBuilder s) {
        s.append("\n## Compared with Hydra\n\n");
        s.append("Every function above is checked against the real hydra-synth 1.4.0 in headless Chromium\n");
        s.append("(`tests/conformance/hydra`, run by `HydraConformanceTest`): the same chains, drawn by both, differ by at\n");
        s.append("most 2/255 on average. As there, outputs draw in order o0..o3 each frame: an output sees its own and\n");
        s.append("earlier outputs' previous frame, and a later output's frame from two frames back; outputs and image\n");
        s.append("sources are sampled at the nearest pixel; `render()` shows o0 and o2 above, o1 and o3 below; extra\n");
        s.append("arguments are ignored (with a notice). Known differences:\n\n");
        s.append("- `noise` and `voronoi` use our own hash, so the pattern is not Hydra's; their brightness, contrast\n");
        s.append("  and grain (per-channel mean, spread and spatial frequency) are checked against Hydra's instead.\n");
        s.append("- Functions as arguments are Groovy closures: `() => time * 0.1` is written `{ time * 0.1 }`.\n");
        s.append("- Lists (`[1, 2, 4].fast(2)`) step with the show's beat: the tempo starts at 120 BPM (Hydra's `bpm`\n");
        s.append("  starts at 30) and follows tap, OSC, MIDI clock or the audio; `speed` scales `time` but not the beat.\n");
        s.append("- `prev()` is Latente's: the output's own previous frame (`src(o0)` inside o0's chain).\n");
        s.append("- `drift()` is Latente's smooth random signal (0..1) for arguments, named so that `noise()` stays\n");
        s.append("  Hydra's noise picture; it and the other signal words (docs/signals.md) have no Hydra equivalent.\n");
    }

    private static String title(String category) {
        return switch (category) {
            case "source" -> "Sources";
            case "geometry" -> "Geometry";
            case "colour" -> "Colour";
            case "blend" -> "Blend";
            case "modulate" -> "Modulate";
            default -> category;
        };
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/vocabulary.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }
}
