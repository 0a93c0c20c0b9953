package latente.render.hud;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The HUD's lines, formatted without allocation. */
class PreviewHudTextTest {
    @Test
    void numbersAreFormattedWithFixedDecimals() throws Exception {
        latente.render.HeadlessContextForTests.run(() -> {
            try (PreviewHud hud = new PreviewHud()) {
                hud.update(1 / 59.94, 0.00412, 124, 33.25);
                hud.draw(0, 0, 0);
                assertEquals("FPS 59.9   FRAME 4.12 MS", hud.line(0));
                assertEquals("TEMPO 124.0 BPM   BEAT 33.3", hud.line(1));
                assertEquals("", hud.line(2));
                hud.error("set.groovy:3: boom");
                hud.draw(0, 0, 0);
                assertEquals("ERROR set.groovy:3: boom", hud.line(2));
            }
        });
    }
}
