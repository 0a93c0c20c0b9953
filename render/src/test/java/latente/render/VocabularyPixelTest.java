package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static latente.render.Formulas.*;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import latente.render.vocab.VisualFunction;
import latente.render.vocab.Vocabulary;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vocabulary function, rendered headless at a fixed time and compared pixel by pixel with
 * its documented formula computed in {@link Formulas}. Geometry and modulation are observed
 * through gradient(), whose colour is its coordinate; colour functions and blends through
 * gradient() and osc(), whose colours are known in closed form.
 */
class VocabularyPixelTest {
    static final double T = 1.3;
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(48, 32);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    /** A chain and its expected colour at each coordinate. */
    record Case(Chain chain, Function<double[], double[]> expected) {}

    static final Chain BASE = chain("gradient", 0.5);
    static final Chain OTHER = chain("osc", 6, 0, 1.5);

    static double[] base(double[] st) {
        return gradient(st, 0.5, T);
    }

    static double[] other(double[] st) {
        return osc(st, 6, 0, 1.5, T);
    }

    static Case coord(String fn, Function<double[], double[]> move, Object... args) {
        return new Case(then(BASE, fn, args), st -> base(move.apply(st)));
    }

    static Case colour(String fn, Function<double[], double[]> change, Object... args) {
        return new Case(then(BASE, fn, args), st -> change.apply(base(st)));
    }

    interface Blend {
        double[] mix(double[] c0, double[] c1);
    }

    static Case blend(String fn, Blend b, Object... numbers) {
        Object[] args = new Object[numbers.length + 1];
        args[0] = OTHER;
        System.arraycopy(numbers, 0, args, 1, numbers.length);
        return new Case(then(BASE, fn, args), st -> b.mix(base(st), other(st)));
    }

    interface Modulation {
        double[] move(double[] st, double[] c);
    }

    static Case modulate(String fn, Modulation m, Object... numbers) {
        Object[] args = new Object[numbers.length + 1];
        args[0] = OTHER;
        System.arraycopy(numbers, 0, args, 1, numbers.length);
        return new Case(then(BASE, fn, args), st -> base(m.move(st, other(st))));
    }

    static double[] each(double[] c, java.util.function.DoubleUnaryOperator op) {
        return rgba(op.applyAsDouble(c[0]), op.applyAsDouble(c[1]), op.applyAsDouble(c[2]), c[3]);
    }

    /** The same value in all four channels (what r(), g(), b() and a() return). */
    static double[] grey(double v) {
        return rgba(v, v, v, v);
    }

    static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        // Sources
        m.put("osc", new Case(chain("osc", 7, 0.2, 0.8), st -> osc(st, 7, 0.2, 0.8, T)));
        m.put("noise", new Case(chain("noise", 4, 0.3), st -> noise(st, 4, 0.3, T)));
        m.put("voronoi", new Case(chain("voronoi", 4, 0.5, 0.6), st -> voronoi(st, 4, 0.5, 0.6, T)));
        m.put("shape", new Case(chain("shape", 5, 0.6, 0.2), st -> shape(st, 5, 0.6, 0.2)));
        m.put("gradient", new Case(chain("gradient", 0.7), st -> gradient(st, 0.7, T)));
        m.put("solid", new Case(chain("solid", 0.2, 0.4, 0.6, 0.8), st -> rgba(0.2, 0.4, 0.6, 0.8)));
        // Geometry
        m.put("rotate", coord("rotate", st -> rotate(st, 0.4 + 0.5 * T), 0.4, 0.5));
        m.put("scale", coord("scale", st -> new double[] {(st[0] - 0.3) / (1.6 * 0.8) + 0.3, (st[1] - 0.6) / (1.6 * 1.2) + 0.6},
                1.6, 0.8, 1.2, 0.3, 0.6));
        m.put("pixelate", coord("pixelate", st -> new double[] {(Math.floor(st[0] * 6) + 0.5) / 6, (Math.floor(st[1] * 4) + 0.5) / 4}, 6, 4));
        m.put("repeat", coord("repeat", st -> {
            double x = st[0] * 3, y = st[1] * 2;
            x += step(1, mod(y, 2)) * 0.25;
            y += step(1, mod(x, 2)) * 0.4;
            return new double[] {fract(x), fract(y)};
        }, 3, 2, 0.25, 0.4));
        m.put("repeatX", coord("repeatX", st -> {
            double x = st[0] * 4, y = st[1] + step(1, mod(st[0] * 4, 2)) * 0.3;
            return new double[] {fract(x), fract(y)};
        }, 4, 0.3));
        m.put("repeatY", coord("repeatY", st -> {
            double y = st[1] * 4, x = st[0] + step(1, mod(st[1] * 4, 2)) * 0.3;
            return new double[] {fract(x), fract(y)};
        }, 4, 0.3));
        m.put("kaleid", coord("kaleid", st -> kaleid(st, 5, 0), 5));
        m.put("scroll", coord("scroll", st -> new double[] {fract(st[0] + 0.2 + T * 0.1), fract(st[1] + 0.3 - T * 0.05)}, 0.2, 0.3, 0.1, -0.05));
        m.put("scrollX", coord("scrollX", st -> new double[] {fract(st[0] + 0.2 + T * 0.1), fract(st[1])}, 0.2, 0.1));
        m.put("scrollY", coord("scrollY", st -> new double[] {fract(st[0]), fract(st[1] + 0.3 + T * 0.1)}, 0.3, 0.1));
        // Colour
        m.put("posterize", colour("posterize", c -> each(c, v -> Math.pow(Math.floor(Math.pow(v, 0.8) * 4) / 4, 1 / 0.8)), 4, 0.8));
        // Hydra adds each amount modulo 1 (-0.4 adds 0.6) and does not wrap the sum: it saturates.
        m.put("shift", colour("shift", c -> rgba(c[0] + 0.3, c[1] + 0.6, c[2] + 0.9, c[3] + 0.25), 0.3, -0.4, 1.9, 0.25));
        m.put("invert", colour("invert", c -> each(c, v -> v + (1 - 2 * v) * 0.7), 0.7));
        m.put("contrast", colour("contrast", c -> each(c, v -> (v - 0.5) * 1.8 + 0.5), 1.8));
        m.put("brightness", colour("brightness", c -> each(c, v -> v + 0.25), 0.25));
        m.put("luma", colour("luma", c -> {
            double a = smoothstep(0.4 - 0.2, 0.4 + 0.2, luma(c));
            return rgba(c[0] * a, c[1] * a, c[2] * a, a);
        }, 0.4, 0.2));
        m.put("thresh", colour("thresh", c -> {
            double v = smoothstep(0.45 - 0.1, 0.45 + 0.1, luma(c));
            return rgba(v, v, v, c[3]);
        }, 0.45, 0.1));
        m.put("color", colour("color", c -> rgba(c[0] * 0.5, (1 - c[1]) * 0.8, c[2] * 1.5, c[3]), 0.5, -0.8, 1.5));
        m.put("saturate", colour("saturate", c -> {
            double l = luma(c);
            return each(c, v -> l + (v - l) * 1.7);
        }, 1.7));
        m.put("hue", colour("hue", c -> {
            double[] hsv = rgbToHsv(c);
            Color rgb = new Color(Color.HSBtoRGB((float) (hsv[0] + 0.3), (float) hsv[1], (float) hsv[2]));
            return rgba(rgb.getRed() / 255.0, rgb.getGreen() / 255.0, rgb.getBlue() / 255.0, c[3]);
        }, 0.3));
        m.put("colorama", colour("colorama", c -> {
            double[] hsv = rgbToHsv(c);
            double[] rgb = hsvToRgb(hsv[0] + 0.2, hsv[1] + 0.2, hsv[2] + 0.2);
            return rgba(fract(rgb[0]), fract(rgb[1]), fract(rgb[2]), c[3]);
        }, 0.2));
        m.put("r", colour("r", c -> grey(c[0] * 0.8 + 0.1), 0.8, 0.1));
        m.put("g", colour("g", c -> grey(c[1] * 0.8 + 0.1), 0.8, 0.1));
        m.put("b", colour("b", c -> grey(c[2] * 1.2 - 0.1), 1.2, -0.1));
        m.put("a", colour("a", c -> grey(c[3] * 0.5 + 0.2), 0.5, 0.2));
        m.put("sum", colour("sum", c -> grey((c[0] + c[1] + c[2] + c[3]) * 0.2), 0.2));
        // Blend
        m.put("add", blend("add", (a, b) -> rgba(a[0] + b[0] * 0.6, a[1] + b[1] * 0.6, a[2] + b[2] * 0.6, a[3] + b[3] * 0.6), 0.6));
        m.put("sub", blend("sub", (a, b) -> rgba(a[0] - b[0] * 0.6, a[1] - b[1] * 0.6, a[2] - b[2] * 0.6, a[3] - b[3] * 0.6), 0.6));
        m.put("blend", blend("blend", (a, b) -> rgba(lerp(a[0], b[0], 0.3), lerp(a[1], b[1], 0.3), lerp(a[2], b[2], 0.3), 1), 0.3));
        m.put("mult", blend("mult", (a, b) -> rgba(lerp(a[0], a[0] * b[0], 0.8), lerp(a[1], a[1] * b[1], 0.8), lerp(a[2], a[2] * b[2], 0.8), 1), 0.8));
        m.put("diff", blend("diff", (a, b) -> rgba(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]), 1)));
        m.put("mask", blend("mask", (a, b) -> {
            double l = luma(b);
            return rgba(a[0] * l, a[1] * l, a[2] * l, a[3] * l);
        }));
        // layer needs a see-through picture: osc keyed by luma.
        m.put("layer", new Case(then(BASE, "layer", then(OTHER, "luma", 0.5, 0.2)), st -> {
            double[] a = base(st), o = other(st);
            double k = smoothstep(0.3, 0.7, luma(o));
            double[] b = rgba(o[0] * k, o[1] * k, o[2] * k, k);
            return rgba(lerp(a[0], b[0], b[3]), lerp(a[1], b[1], b[3]), lerp(a[2], b[2], b[3]), clamp01(a[3] + b[3]));
        }));
        // Modulation
        m.put("modulate", modulate("modulate", (st, c) -> new double[] {st[0] + c[0] * 0.3, st[1] + c[1] * 0.3}, 0.3));
        m.put("modulateScale", modulate("modulateScale", (st, c) -> new double[] {
                (st[0] - 0.5) / (0.8 + 1.5 * c[0]) + 0.5, (st[1] - 0.5) / (0.8 + 1.5 * c[1]) + 0.5}, 1.5, 0.8));
        m.put("modulatePixelate", modulate("modulatePixelate", (st, c) -> {
            double cx = 3 + 8 * c[0], cy = 3 + 8 * c[1];
            return new double[] {(Math.floor(st[0] * cx) + 0.5) / cx, (Math.floor(st[1] * cy) + 0.5) / cy};
        }, 8, 3));
        m.put("modulateRotate", modulate("modulateRotate", (st, c) -> rotate(st, 0.2 + 2 * c[0]), 2, 0.2));
        m.put("modulateHue", modulate("modulateHue", (st, c) -> new double[] {
                st[0] + (c[1] - c[0]) * 9 / 48.0, st[1] + (c[2] - c[1]) * 9 / 32.0}, 9));
        m.put("modulateKaleid", modulate("modulateKaleid", (st, c) -> kaleid(st, 3, c[0]), 3));
        m.put("modulateRepeat", modulate("modulateRepeat", (st, c) -> {
            double x = st[0] * 2, y = st[1] * 3;
            x += step(1, mod(y, 2)) + c[0] * 0.4;
            y += step(1, mod(x, 2)) + c[1] * 0.3;
            return new double[] {fract(x), fract(y)};
        }, 2, 3, 0.4, 0.3));
        m.put("modulateRepeatX", modulate("modulateRepeatX", (st, c) -> new double[] {
                fract(st[0] * 3), fract(st[1] + step(1, mod(st[0] * 3, 2)) + c[0] * 0.4)}, 3, 0.4));
        // As hydra-synth 1.4.0 draws it: tiles across, not down.
        m.put("modulateRepeatY", modulate("modulateRepeatY", (st, c) -> new double[] {
                fract(st[0] * 3 + c[0] * 0.4), fract(st[1])}, 3, 0.4));
        m.put("modulateScrollX", modulate("modulateScrollX", (st, c) -> new double[] {fract(st[0] + c[0] * 0.6 + T * 0.1), fract(st[1])}, 0.6, 0.1));
        m.put("modulateScrollY", modulate("modulateScrollY", (st, c) -> new double[] {fract(st[0]), fract(st[1] + c[0] * 0.6 + T * 0.1)}, 0.6, 0.1));
        return m;
    }

    @TestFactory
    List<DynamicTest> everyFunctionMatchesItsDocumentedFormula() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Case> e : cases().entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                gl.renderer.apply(Scene.empty().withOutput(0, e.getValue().chain()));
                gl.frame(T);
                assertPicture(e.getKey(), e.getValue().expected());
            }));
        }
        return tests;
    }

    @Test
    void everyBuiltInFunctionHasAPixelTest() {
        Set<String> missing = new TreeSet<>();
        for (VisualFunction fn : Vocabulary.builtins()) missing.add(fn.name());
        missing.removeAll(cases().keySet());
        missing.removeAll(Set.of("src", "prev")); // textures: SourcePixelTest
        assertEquals(Set.of(), missing, "functions without a formula test");
    }

    /** Compares every pixel; at most 4% may miss (pixels that straddle a floor/fract/step edge). */
    static void assertPicture(String name, Function<double[], double[]> expected) {
        int bad = 0;
        StringBuilder first = new StringBuilder();
        int total = gl.width * gl.height;
        for (int y = 0; y < gl.height; y++) {
            for (int x = 0; x < gl.width; x++) {
                // GL row y is screen row height-1-y; st runs from the top left as in Hydra.
                double[] want = expected.apply(new double[] {(x + 0.5) / gl.width, 1 - (y + 0.5) / gl.height});
                for (int ch = 0; ch < 4; ch++) {
                    double w = Math.round(clamp01(want[ch]) * 255);
                    if (Math.abs(w - gl.at(x, y, ch)) > 3.5) {
                        if (bad < 3) first.append(String.format(" (%d,%d) ch%d want %.0f got %d;", x, y, ch, w, gl.at(x, y, ch)));
                        bad++;
                        break;
                    }
                }
            }
        }
        assertTrue(bad <= total * 0.04, name + ": " + bad + " of " + total + " pixels differ from the formula:" + first);
    }

    @Test
    void argumentsLeftOutTakeHydrasDefaults() throws Exception {
        gl.renderer.apply(Scene.empty().withOutput(0, chain("osc")));
        gl.frame(T);
        assertPicture("osc()", st -> osc(st, 60, 0.1, 0, T));
        gl.renderer.apply(Scene.empty().withOutput(0, then(BASE, "rotate")));
        gl.frame(T);
        assertPicture("rotate()", st -> base(rotate(st, 10)));
        gl.renderer.apply(Scene.empty().withOutput(0, then(BASE, "modulate", new Arg.OutputRef(1))));
        gl.frame(T);
        assertPicture("modulate(o1) on an empty o1", VocabularyPixelTest::base);
    }
}
