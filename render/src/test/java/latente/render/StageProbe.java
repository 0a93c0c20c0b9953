package latente.render;

import java.nio.ByteBuffer;
import latente.render.stage.Stage;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Scene;
import org.lwjgl.glfw.GLFW;
import org.lwjgl.opengl.GL30;
import org.lwjgl.system.MemoryUtil;

/**
 * Child-process half of {@link StageUnderXvfbTest}: a 320×240 window showing 64×32 outputs,
 * then the same window resized to 480×240. Prints "key=r,g,b" lines for the parent to check.
 */
public final class StageProbe {
    public static void main(String[] args) throws Exception {
        ParamBus bus = new ParamBus();
        try (Stage stage = Stage.open("probe", 64, 32, -1, false, bus, new RenderLink())) {
            GLFW.glfwSetWindowSize(stage.window().handle(), 320, 240);
            stage.renderer().apply(Scene.empty().withOutput(0, Chains.chain("solid", 0, 1, 0)));
            stage.hud().error("probe error");
            settle(stage, 320, 240);
            print("size", stage.window().windowWidth(), stage.window().windowHeight(), 0);
            print("bar", pixel(160, 10));
            print("middle", pixel(160, 120));
            print("hudWhite", whiteInTopLeft(stage.window().windowHeight()), 0, 0);
            GLFW.glfwSetWindowSize(stage.window().handle(), 480, 240);
            settle(stage, 480, 240);
            print("resized", stage.window().windowWidth(), stage.window().windowHeight(), 0);
            print("resizedCorner", pixel(470, 10));
            print("outputs", stage.renderer().width(), stage.renderer().height(), 0);
        }
    }

    /**
     * Draws frames until the X server has applied the requested size (the window reports it), then
     * one more: the picture is read once the window is what the test asked for, however long the
     * server takes. The limit only turns a hang into a failure.
     */
    private static void settle(Stage stage, int width, int height) {
        long end = System.nanoTime() + 60_000_000_000L;
        do {
            stage.frame(0, 120, 0);
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window never became " + width + "x" + height + ": "
                        + stage.window().windowWidth() + "x" + stage.window().windowHeight());
            }
        } while (stage.window().windowWidth() != width || stage.window().windowHeight() != height);
        stage.frame(0, 120, 0);
        // After a swap the back buffer is undefined: draw the window once more, unswapped, to read it.
        stage.renderer().presentToWindow(stage.window().windowWidth(), stage.window().windowHeight());
        stage.hud().draw(0, stage.window().windowWidth(), stage.window().windowHeight());
    }

    private static int[] pixel(int x, int y) {
        ByteBuffer px = MemoryUtil.memAlloc(4);
        GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, 0);
        GL30.glReadPixels(x, y, 1, 1, GL30.GL_RGBA, GL30.GL_UNSIGNED_BYTE, px);
        int[] c = {px.get(0) & 0xff, px.get(1) & 0xff, px.get(2) & 0xff};
        MemoryUtil.memFree(px);
        return c;
    }

    private static int whiteInTopLeft(int height) {
        int n = 0;
        for (int y = height - 40; y < height - 8; y++) {
            for (int x = 8; x < 200; x += 1) {
                int[] c = pixel(x, y);
                if (c[0] == 255 && c[1] == 255 && c[2] == 255) n++;
            }
        }
        return n;
    }

    private static void print(String key, int[] c) {
        print(key, c[0], c[1], c[2]);
    }

    private static void print(String key, int a, int b, int c) {
        System.out.println(key + "=" + a + "," + b + "," + c);
    }
}
