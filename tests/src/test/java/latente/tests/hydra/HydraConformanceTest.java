package latente.tests.hydra;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import latente.render.vocab.VisualFunction;
import latente.render.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Latente draws every sketch of the Hydra catalogue as the real hydra-synth 1.4.0 does (see
 * {@link HydraOracle}): exact cases within a mean absolute RGB error of 2/255; noise and voronoi,
 * whose hash is ours by design, with the same per-channel mean, spread and spatial frequency.
 * Each case starts from a fresh show (time 0, speed 1, black outputs) and draws frames at
 * k * dt for k = 1..ticks, the times at which the oracle called hydra.tick(dt).
 */
class HydraConformanceTest {
    /** Exact cases: mean |RGB difference| at most 2/255. */
    static final double EXACT = 2.0;
    static final Path OUT = HydraOracle.ROOT.resolve("tests/target/hydra-oracle");
    static HydraCase.Catalogue catalogue;
    static Map<String, HydraOracle.Expected> expected;

    @BeforeAll
    static void askHydra() throws Exception {
        Path cases = HydraOracle.DIR.resolve("cases.txt");
        catalogue = HydraCase.read(cases);
        expected = HydraOracle.render(cases, OUT);
    }

    @TestFactory
    List<DynamicTest> latenteDrawsWhatHydraDraws() {
        List<DynamicTest> tests = new ArrayList<>();
        for (HydraCase c : catalogue.cases()) tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c)));
        return tests;
    }

    /**
     * The catalogue calls every built-in function; those that take only numbers both with their
     * defaults, {@code f()}, and with other arguments.
     */
    @org.junit.jupiter.api.Test
    void theCatalogueCoversTheVocabulary() {
        Set<String> called = new TreeSet<>(), bare = new TreeSet<>(), withNumbers = new TreeSet<>();
        Matcher m = Pattern.compile("\\b([A-Za-z]+)\\((\\)?)").matcher("");
        for (HydraCase c : catalogue.cases()) {
            m.reset(c.latente());
            while (m.find()) {
                called.add(m.group(1));
                (m.group(2).isEmpty() ? withNumbers : bare).add(m.group(1));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (VisualFunction fn : Vocabulary.builtins()) {
            boolean numbersOnly = fn.params().stream().noneMatch(p -> p.isTexture()) && !fn.params().isEmpty();
            if (!called.contains(fn.name()) || numbersOnly && !(bare.contains(fn.name()) && withNumbers.contains(fn.name()))) {
                missing.add(fn.name());
            }
        }
        assertEquals(Set.of(), missing, "functions the catalogue does not call (with defaults and with other arguments)");
    }

    static void check(HydraCase c) {
        HydraOracle.Expected hydra = expected.get(c.name());
        assertNotNull(hydra, "the oracle wrote nothing for " + c.name());
        assertNull(hydra.error(), () -> "Hydra itself refused " + c.name() + ": " + hydra.error());
        Picture want = new Picture(catalogue.width(), catalogue.height(), hydra.rgba());
        Picture got = renderInLatente(c);
        if (c.hydraBlank()) {
            // Hydra's own shader for this function fails to compile, so it draws nothing; once a
            // pinned Hydra draws something, this fails and the case becomes an exact comparison.
            keepForInspection(c, want, got);
            assertTrue(want.isBlank(), () -> c.name() + ": hydra-synth now draws this case; drop 'hydra-blank' and compare");
            assertFalse(got.isBlank(), () -> c.name() + ": Latente drew nothing for the documented meaning");
        } else if (c.stats()) {
            keepForInspection(c, want, got);
            compareStatistics(c, want, got);
        } else {
            double error = got.meanAbsRgbError(want);
            if (error > EXACT) keepForInspection(c, want, got);
            assertTrue(error <= EXACT, () -> String.format(Locale.ROOT, "%s: mean |RGB error| %.2f/255 > %.0f/255; %s%n  hydra:   %s%n  latente: %s",
                    c.name(), error, EXACT, got.worstPixel(want), c.hydra().replace("\n", "; "), c.latente().replace("\n", "; ")));
        }
    }

    /** Writes NAME.hydra.png and NAME.latente.png beside the oracle's output, to look at a failure. */
    static void keepForInspection(HydraCase c, Picture hydra, Picture latente) {
        try {
            hydra.writePng(OUT.resolve(c.name() + ".hydra.png"));
            latente.writePng(OUT.resolve(c.name() + ".latente.png"));
        } catch (java.io.IOException e) {
            System.err.println("could not write the pictures of " + c.name() + ": " + e.getMessage());
        }
    }

    static Picture renderInLatente(HydraCase c) {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (OfflineRender show = Shows.offline(catalogue.width(), catalogue.height(), new PrintStream(said, true, StandardCharsets.UTF_8))) {
            String code = c.latente();
            if (c.image()) code = "s0.initImage('" + HydraOracle.IMAGE.toString().replace("\\", "/") + "')\n" + code;
            EvalResult result = show.engine().evaluateSet(code, "conformance.groovy");
            assertTrue(result.ok(), () -> c.name() + ": Latente refused what Hydra runs: " + result.error());
            java.nio.ByteBuffer rows = null;
            for (int k = 1; k <= c.ticks(); k++) rows = show.drawFrame(k * c.dtMillis() / 1000.0);
            assertFalse(said.toString(StandardCharsets.UTF_8).contains("(keeping"), () -> c.name() + ": " + said);
            return Picture.fromBottomUp(catalogue.width(), catalogue.height(), rows);
        }
    }

    /**
     * Mean within 12/255 and spread within 25% (+4/255) per channel; spatial frequency within a
     * factor of 1.5: the same brightness, contrast and grain, not the same pattern.
     */
    static void compareStatistics(HydraCase c, Picture want, Picture got) {
        double[][] w = want.stats(), g = got.stats();
        for (int ch = 0; ch < 3; ch++) {
            String what = String.format(Locale.ROOT, "%s channel %d: hydra mean %.1f spread %.1f busy %.2f; latente mean %.1f spread %.1f busy %.2f",
                    c.name(), ch, w[ch][0], w[ch][1], w[ch][2], g[ch][0], g[ch][1], g[ch][2]);
            System.out.println(what);
            assertEquals(w[ch][0], g[ch][0], 12, what);
            assertEquals(w[ch][1], g[ch][1], 0.25 * w[ch][1] + 4, what);
            double ratio = (g[ch][2] + 0.5) / (w[ch][2] + 0.5);
            assertTrue(ratio > 1 / 1.5 && ratio < 1.5, what);
        }
    }
}
