package latente.dsl.lang;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.dsl.engine.OfflineRender;
import latente.dsl.engine.SetFile;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visual words through the real Groovy evaluator and a headless renderer. */
class VisualWordsTest {
    static OfflineRender r;
    static final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    @BeforeAll
    static void open() {
        r = Shows.offline(32, 16, new PrintStream(messages, true));
    }

    @AfterAll
    static void close() {
        r.close();
    }

    static EvalResult eval(String code) {
        EvalResult e = r.engine().evaluateSet(code, "test.groovy");
        assertTrue(e.ok(), e.error());
        return e;
    }

    static int red(ByteBuffer px) {
        return px.get(0) & 0xff;
    }

    @Test
    void aListArgumentStepsWithTheBeat() {
        eval("tempo 60\nsolid([0.2, 0.8].fast(1), 0, 0).out(o0)");
        assertEquals(51, red(r.drawFrame(0.5)), 1, "beat 0.5: first value");
        assertEquals(204, red(r.drawFrame(1.5)), 1, "beat 1.5: second value");
        eval("tempo 60\nsolid([0, 1].smooth(), 0, 0).out(o0)");
        r.drawFrame(0);
        assertEquals(0, red(r.drawFrame(0.5)), 2, "mid-step: the first value (Hydra's glide timing)");
        assertEquals(128, red(r.drawFrame(1.0)), 2, "half way through the glide");
    }

    @Test
    void surplusArgumentsAreIgnoredWithANoticeAsInHydra() {
        messages.reset();
        eval("solid(1, 0, 0).diff(solid(0, 0, 0), 1).out(o0)");
        assertEquals(255, red(r.drawFrame(0)), 1, "the chain runs, the extra 1 ignored");
        String said = messages.toString();
        assertTrue(said.contains("test.groovy:1: diff() takes 1 argument (texture); ignoring the extra argument 1 (as Hydra does)"), said);
        messages.reset();
        EvalResult failed = r.engine().evaluateSet("solid(0, 1, 0, 1, 7).out(o0)\nnope()", "test.groovy");
        assertFalse(failed.ok());
        assertFalse(messages.toString().contains("ignoring"), "no notice for an evaluation that did not take effect");
    }

    @Test
    void setFunctionAddsAWordTheChainsCanUse() {
        eval("setFunction(name: 'halve', type: 'color', inputs: [[name: 'k', type: 'float', default: 0.5]],\n"
                + "  glsl: 'return vec4(_c0.rgb * k, _c0.a);')\n"
                + "solid(1, 1, 1).halve().out(o0)");
        assertEquals(128, red(r.drawFrame(0)), 1);
        EvalResult bad = r.engine().evaluateSet("setFunction(name: 'oops', type: 'color', glsl: 'return nope;')\n\n"
                + "solid(1).oops().out(o0)", "broken.groovy");
        assertFalse(bad.ok());
        assertTrue(bad.error().contains("oops()'s GLSL, line 1 (broken.groovy:3)"), bad.error());
        assertEquals(128, red(r.drawFrame(0)), 1, "the previous scene keeps drawing");
    }

    @Test
    void mouseAndResolutionAreGlobals() {
        r.engine().bus().set("mouse:x", 24);
        eval("solid({ mouse.x / resolution.x }, 0, 0).out(o0)");
        assertEquals(191, red(r.drawFrame(0)), 1, "24 of 32 pixels");
    }

    @Test
    void imagesResolveRelativeToTheSetFile(@TempDir Path dir) throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) img.setRGB(x, y, 0xff8000);
        Files.createDirectories(dir.resolve("media"));
        javax.imageio.ImageIO.write(img, "png", dir.resolve("media/orange.png").toFile());
        Path set = dir.resolve("set.groovy");
        Files.writeString(set, "s1.initImage('media/orange.png')\nsrc(s1).out(o0)\n");
        EvalResult e = r.load(SetFile.read(set.toString()));
        assertTrue(e.ok(), e.error());
        ByteBuffer px = r.drawFrame(0);
        assertEquals(255, px.get(0) & 0xff);
        assertEquals(128, px.get(1) & 0xff, 1);
        Files.writeString(set, "s1.initImage('media/missing.png')\n");
        EvalResult missing = r.load(SetFile.read(set.toString()));
        assertFalse(missing.ok());
        assertTrue(missing.error().startsWith("set.groovy:1: s1: image not found"), missing.error());
    }
}
