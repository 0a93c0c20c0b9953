package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import latente.render.glsl.ChainCompiler;
import latente.render.vocab.GlslPrelude;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Chain;
import org.junit.jupiter.api.Test;

/**
 * The generated GLSL of a few chains, compared with reviewed files in
 * src/test/resources/golden (the shared prelude is elided). A change in code generation shows up
 * as a readable diff. Regenerate after a deliberate change with
 * {@code mvn -pl render -am test -Dtest=GoldenGlslTest -Dlatente.updateGolden=true}.
 */
class GoldenGlslTest {
    static final Path DIR = Path.of("src/test/resources/golden");

    static Map<String, Chain> chains() {
        ParamBus bus = new ParamBus();
        Map<String, Chain> m = new LinkedHashMap<>();
        m.put("osc-defaults", chain("osc"));
        m.put("rotate-kaleid-colour", then(then(then(chain("osc", 12, 0.05, 1.2), "kaleid", 5), "rotate",
                new Arg.Slot(bus.slot("live:a"), null)), "color", 0.9, 0.4, 0.8));
        m.put("feedback-modulate", then(then(chain("src", new Arg.OutputRef(1)), "modulate", new Arg.OutputRef(2), 0.04),
                "blend", then(chain("src", new Arg.OutputRef(0)), "scale", 1.01), 0.35));
        m.put("nested-modulators", then(then(chain("noise", 3), "modulateScale", then(chain("osc", 8), "rotate", 0.5), 2),
                "diff", then(chain("shape", 4), "repeat", 2, 2)));
        return m;
    }

    static String golden(Chain chain) throws Exception {
        return ChainCompiler.compile(chain, 0).fragmentSource().replace(GlslPrelude.HELPERS, "// (prelude: GlslPrelude.HELPERS)\n");
    }

    @Test
    void generatedGlslMatchesTheReviewedFiles() throws Exception {
        boolean update = Boolean.getBoolean("latente.updateGolden");
        for (Map.Entry<String, Chain> e : chains().entrySet()) {
            Path file = DIR.resolve(e.getKey() + ".glsl");
            String actual = golden(e.getValue());
            if (update) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " is missing; run with -Dlatente.updateGolden=true and review it");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, e.getKey()
                    + ": generated GLSL changed; if deliberate, rerun with -Dlatente.updateGolden=true and review the diff");
        }
    }
}
