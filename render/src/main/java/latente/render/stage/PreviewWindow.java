package latente.render.stage;

import static org.lwjgl.opengl.GL30.*;

import latente.render.Renderer;
import latente.render.gl.Framebuffer;
import latente.render.gl.GlfwWindowContext;
import latente.render.hud.PreviewHud;
import latente.runtime.scene.Scene;

/**
 * The performer's window, beside the audience's program window: the final frame large, the four
 * outputs o0..o3 as thumbnails along the bottom, and the HUD on top. It never shows on the
 * program output, so nothing here can reach the audience or a recording.
 *
 * <p>Its GL context shares textures with the program window's, so it reads the frames the
 * renderer drew there without copying them through the CPU. Framebuffer objects are not shared
 * between contexts, so it keeps one of its own and attaches each shared texture to it in turn.
 *
 * <p>Thread contract: created, presented and closed on the render thread, which leaves the
 * program window's context current after every call. {@link #present} allocates nothing.
 */
public final class PreviewWindow implements AutoCloseable {
    private final GlfwWindowContext program;
    private final GlfwWindowContext window;
    private final PreviewHud hud;
    private final int readFbo;

    private PreviewWindow(GlfwWindowContext program, GlfwWindowContext window, PreviewHud hud, int readFbo) {
        this.program = program;
        this.window = window;
        this.hud = hud;
        this.readFbo = readFbo;
    }

    /** Opens the preview window beside {@code program} (whose context must be current). */
    public static PreviewWindow open(GlfwWindowContext program, int width, int height) {
        GlfwWindowContext window = GlfwWindowContext.createShared("latente preview", width, height, program);
        window.makeCurrent();
        try {
            return new PreviewWindow(program, window, new PreviewHud(), glGenFramebuffers());
        } finally {
            program.makeCurrent();
        }
    }

    /** Draws the preview of the frame {@code renderer} just drew and swaps; the HUD only when asked. */
    public void present(Renderer renderer, boolean hudVisible) {
        window.makeCurrent();
        int w = window.windowWidth();
        int h = window.windowHeight();
        if (w > 0 && h > 0) {
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
            glViewport(0, 0, w, h);
            glClearColor(0.1f, 0.1f, 0.1f, 1);
            glClear(GL_COLOR_BUFFER_BIT);
            int strip = h / 4;
            Framebuffer f = renderer.finalFrame();
            fit(f.texture(), f.width(), f.height(), 0, strip, w, h - strip);
            for (int i = 0; i < Scene.OUTPUTS; i++) {
                Framebuffer o = renderer.output(i);
                fit(o.texture(), o.width(), o.height(), i * w / Scene.OUTPUTS + 2, 2, w / Scene.OUTPUTS - 4, strip - 4);
            }
            glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, 0, 0);
            if (hudVisible) hud.draw(0, w, h);
        }
        window.swapBuffers();
        program.makeCurrent();
    }

    /** Blits texture {@code tex} (tw × th) into the box, scaled to fit with its aspect ratio kept. */
    private void fit(int tex, int tw, int th, int x, int y, int bw, int bh) {
        if (bw <= 0 || bh <= 0) return;
        int w = bw;
        int h = (int) Math.round((double) bw * th / tw);
        if (h > bh) {
            h = bh;
            w = (int) Math.round((double) bh * tw / th);
        }
        int x0 = x + (bw - w) / 2, y0 = y + (bh - h) / 2;
        glBindFramebuffer(GL_READ_FRAMEBUFFER, readFbo);
        glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
        glBlitFramebuffer(0, 0, tw, th, x0, y0, x0 + w, y0 + h, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    }

    public PreviewHud hud() {
        return hud;
    }

    public GlfwWindowContext window() {
        return window;
    }

    @Override
    public void close() {
        window.makeCurrent();
        hud.close();
        glDeleteFramebuffers(readFbo);
        window.close();
        program.makeCurrent();
    }
}
