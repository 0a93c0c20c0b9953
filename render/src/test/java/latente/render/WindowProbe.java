package latente.render;

import java.nio.ByteBuffer;
import latente.render.gl.GlfwWindowContext;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Scene;
import org.lwjgl.opengl.GL11;
import org.lwjgl.system.MemoryUtil;

/**
 * Child-process half of {@link WindowUnderXvfbTest}: opens a 160×120 window on $DISPLAY, shows a
 * 64×48 green frame scaled into it and prints the window's top-right pixel as "r g b".
 */
public final class WindowProbe {
    public static void main(String[] args) throws Exception {
        try (GlfwWindowContext window = GlfwWindowContext.create("probe", 160, 120, -1, false);
             Renderer r = new Renderer(new ParamBus(), 64, 48)) {
            r.apply(Scene.empty().withOutput(0, Chains.chain("solid", 0, 1, 0)));
            r.drawFrame(0);
            r.presentToWindow(window.windowWidth(), window.windowHeight());
            ByteBuffer px = MemoryUtil.memAlloc(4);
            org.lwjgl.opengl.GL30.glBindFramebuffer(org.lwjgl.opengl.GL30.GL_READ_FRAMEBUFFER, 0);
            GL11.glReadPixels(window.windowWidth() - 2, window.windowHeight() - 2, 1, 1, GL11.GL_RGBA, GL11.GL_UNSIGNED_BYTE, px);
            System.out.println(window.description());
            System.out.println((px.get(0) & 0xff) + " " + (px.get(1) & 0xff) + " " + (px.get(2) & 0xff));
            MemoryUtil.memFree(px);
            window.swapBuffers();
        }
    }
}
