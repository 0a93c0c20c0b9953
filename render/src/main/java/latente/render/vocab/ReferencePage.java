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
        s.append("output (`o0`-`o3`) or a source (`s0`-`s3`). Coordinates run 0..1 from the bottom left.\n");
        for (String category : Vocabulary.CATEGORIES) {
            if (category.equals("user")) continue;
            s.append("\n## ").append(title(category)).append("\n\n");
            s.append("| Function | Meaning |\n|---|---|\n");
            for (VisualFunction fn : Vocabulary.builtins()) {
                if (!fn.category().equals(category)) continue;
                s.append("| `").append(Completion.signature(fn)).append("` | ").append(fn.doc().replace("|", "\\|")).append(" |\n");
            }
        }
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
        s.append("`l_noise(vec3)`, `l_hash(ivec3)`, `l_luma(vec3)`, `l_rgb2hsv(vec3)`, `l_hsv2rgb(vec3)`.\n");
        s.append("A body that does not compile keeps the previous picture and reports the body line and the set-file line.\n");
        return s.toString();
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
