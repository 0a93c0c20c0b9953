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

    @Test
    void theShowsFiguresAppearWhenTheHudHasThem() throws Exception {
        latente.render.HeadlessContextForTests.run(() -> {
            try (PreviewHud hud = new PreviewHud()) {
                ShowStats stats = new ShowStats();
                stats.scale(0.5, 640, 360);
                stats.sample(7.54, 3);
                hud.stats(stats);
                hud.update(1 / 30.0, 0.02, 120, 4);
                hud.draw(0, 0, 0);
                assertEquals("FPS 30.0   FRAME 20.00 MS   SCALE 0.50 (640X360)", hud.line(0));
                assertEquals("TEMPO 120.0 BPM   BEAT 4.0   DROPPED 3", hud.line(1));
            }
        });
    }

    @Test
    void frameIntervalsAreKeptForPercentiles() {
        ShowStats stats = new ShowStats();
        for (int i = 1; i <= 5; i++) stats.frame(i * 1_000_000L, i * 500_000L);
        assertArrayEquals(new long[] {3_000_000L, 4_000_000L, 5_000_000L}, stats.intervalsSince(2));
        assertEquals(5, stats.frames());
    }
}
