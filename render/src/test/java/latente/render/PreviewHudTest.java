package latente.render;

import static latente.render.Chains.chain;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import latente.render.gl.Framebuffer;
import latente.render.hud.PreviewHud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL30;
import org.lwjgl.system.MemoryUtil;

/**
 * The stage path headless: a framebuffer stands in for the window. The final frame is
 * letterboxed into it, the HUD is drawn on top, and the final frame (what recordings read)
 * stays byte for byte the same.
 */
class PreviewHudTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() {
        gl = new HeadlessGl(64, 32);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    static ByteBuffer copy(ByteBuffer b) {
        ByteBuffer c = ByteBuffer.allocate(b.capacity());
        c.put(b.duplicate().clear()).flip();
        return c;
    }

    @Test
    void theHudReachesTheWindowButNeverTheFinalFrame() throws Exception {
        gl.show(chain("osc", 8, 0.1, 1));
        gl.frame(0.5);
        ByteBuffer withoutHud = copy(gl.pixels);
        try (Framebuffer window = new Framebuffer(400, 240); PreviewHud hud = new PreviewHud()) {
            gl.renderer.presentTo(window.fbo(), 400, 240);
            hud.update(1 / 60.0, 0.002, 124, 33.25);
            hud.error("line 3: unknown function rotat()");
            hud.draw(window.fbo(), 400, 240);
            gl.renderer.readFinal(gl.pixels);
            assertEquals(withoutHud, copy(gl.pixels), "the final frame is untouched by the HUD");
            gl.frame(0.5);
            assertEquals(withoutHud, copy(gl.pixels), "and the next frame too");

            ByteBuffer win = MemoryUtil.memAlloc(400 * 240 * 4);
            GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, window.fbo());
            GL30.glReadPixels(0, 0, 400, 240, GL30.GL_RGBA, GL30.GL_UNSIGNED_BYTE, win);
            int whiteInHud = 0, redInHud = 0;
            for (int y = 240 - 40; y < 240 - 8; y++) {
                for (int x = 8; x < 400; x++) {
                    int i = (y * 400 + x) * 4;
                    if ((win.get(i) & 0xff) == 255 && (win.get(i + 1) & 0xff) == 255) whiteInHud++;
                    if ((win.get(i) & 0xff) == 255 && (win.get(i + 1) & 0xff) == 0x50) redInHud++;
                }
            }
            assertTrue(whiteInHud > 300, "stats text drawn: " + whiteInHud);
            assertTrue(redInHud > 100, "error text drawn: " + redInHud);
            // 64x32 (2:1) in 400x240: 400x200 centred, black bars of 20 rows above and below.
            int bar = (5 * 400 + 200) * 4;
            assertEquals(0, win.get(bar) & 0xff);
            assertEquals(0, win.get(bar + 1) & 0xff);
            int mid = (120 * 400 + 200) * 4;
            int finalMid = (16 * 64 + 32) * 4;
            assertEquals(withoutHud.get(finalMid + 1) & 0xff, win.get(mid + 1) & 0xff, 12, "the picture fills the middle");
            MemoryUtil.memFree(win);
        }
    }
}
