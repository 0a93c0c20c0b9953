package latente.dsl.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/** Hydra words a performer types on the first evening: they work, or say precisely why not. */
class HydraWordsTest {
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final Engine engine = Shows.engine(new PrintStream(messages, true, StandardCharsets.UTF_8));

    private String error(String code) {
        EvalResult r = engine.evaluateBlock(code, "repl");
        assertFalse(r.ok(), code);
        return r.error();
    }

    @Test
    void sumIsAColourFunction() {
        EvalResult r = engine.evaluateBlock("osc(10).sum(0.25).out(o0)", "repl");
        assertTrue(r.ok(), r.error());
        assertTrue(engine.scene().output(0).calls().stream().anyMatch(c -> c.name().equals("sum")));
    }

    @Test
    void aVolAndAShowAnswer() {
        EvalResult vol = engine.evaluateBlock("osc(a.vol * 10 + 5).out(o0)\na.vol", "repl");
        assertTrue(vol.ok(), vol.error());
        assertInstanceOf(LiveInput.class, vol.value());
        EvalResult show = engine.evaluateBlock("a.setBins(4)\na.show()\na.hide()", "repl");
        assertTrue(show.ok(), show.error());
        String printed = messages.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("a.fft:"), printed);
        assertTrue(printed.contains("nothing is drawn over the audience output"), printed);
    }

    @Test
    void urlsAreRefusedWithTheReason() {
        String image = error("osc().out(o0)\ns0.initImage('https://example.org/pics/moss.png?size=2')");
        assertTrue(image.startsWith("repl:2:4: s0.initImage: 'https://example.org/pics/moss.png?size=2' is a URL"), image);
        assertTrue(image.contains("loads nothing from the network during a show"), image);
        assertTrue(image.contains("s0.initImage('moss.png')"), image);
        String video = error("s2.initVideo('http://example.org/clip.mp4')");
        assertTrue(video.contains("s2.initVideo: 'http://example.org/clip.mp4' is a URL"), video);
        assertTrue(video.contains("s2.initVideo('clip.mp4')"), video);
    }

    @Test
    void initScreenIsNotAvailableAndSaysWhatIs() {
        String screen = error("s1.initScreen()");
        assertTrue(screen.contains("s1.initScreen(): screen capture is not available in Latente"), screen);
        assertTrue(screen.contains("s1.initCam()"), screen);
    }
}
