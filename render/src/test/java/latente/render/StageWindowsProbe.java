package latente.render;

import static org.lwjgl.glfw.GLFW.*;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.util.function.Predicate;
import latente.render.gl.GlfwWindowContext;
import latente.render.stage.PreviewWindow;
import latente.render.stage.StageActions;
import latente.render.stage.StageKeys;
import latente.render.stage.WindowPresenter;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Scene;
import org.lwjgl.glfw.GLFWKeyCallback;
import org.lwjgl.opengl.GL30;

/**
 * Child-process half of {@link StageWindowsUnderXvfbTest}: a program window and a preview window
 * sharing one context, a green picture with an error on the HUD, then stage keys pressed through
 * the windows' real GLFW key callback. Prints "name white=.. green=.. black=.. of=.." lines read
 * from the X screen itself (java.awt.Robot), so they count exactly what each window shows. Each
 * state is captured once the screen shows it (the swap reaches the X server asynchronously).
 */
public final class StageWindowsProbe {
    static int taps, sceneSteps;
    static Robot ROBOT;

    public static void main(String[] args) throws Exception {
        ROBOT = new Robot();
        ParamBus bus = new ParamBus();
        GlfwWindowContext program = GlfwWindowContext.create("program", 320, 240, -1, false);
        PreviewWindow preview = PreviewWindow.open(program, 320, 240);
        try (Renderer r = new Renderer(bus, 64, 48);
             WindowPresenter stage = new WindowPresenter(program, bus, preview, 0)) {
            stage.keys(new StageKeys(new StageActions() {
                @Override public void tapTempo() { taps++; }
                @Override public void scene(int step) { sceneSteps += step; }
                @Override public void toggleBlackout() { stage.toggleBlackout(); }
                @Override public void toggleHud() { stage.toggleHud(); }
                @Override public void toggleFullscreen() { stage.toggleFullscreen(); }
            }));
            glfwSetWindowPos(program.handle(), 0, 0);
            glfwSetWindowPos(preview.window().handle(), 400, 0);
            r.apply(Scene.empty().withOutput(0, Chains.chain("solid", 0, 1, 0)));
            stage.hud().error("probe error");
            int[] c = await(stage, r, 0, 0, 320, 240, k -> k[1] > 320 * 200);
            print("program", c);
            print("preview", await(stage, r, 400, 0, 320, 240, k -> k[0] > 50 && k[1] > 5_000));

            System.out.println("presentAllocated=" + allocatedByPresenting(stage, r));

            press(program, GLFW_KEY_B);
            print("blackout", await(stage, r, 0, 0, 320, 240, k -> k[2] == k[3]));
            press(preview.window(), GLFW_KEY_B);
            print("lit", await(stage, r, 0, 0, 320, 240, k -> k[1] > 320 * 200));

            press(preview.window(), GLFW_KEY_H);
            print("hudHidden", await(stage, r, 400, 0, 320, 240, k -> k[0] == 0));
            press(program, GLFW_KEY_F1);

            press(program, GLFW_KEY_T);
            press(preview.window(), GLFW_KEY_SPACE);
            press(program, GLFW_KEY_RIGHT);
            press(program, GLFW_KEY_RIGHT);
            press(preview.window(), GLFW_KEY_LEFT);
            System.out.println("taps=" + taps + " sceneSteps=" + sceneSteps);

            press(program, GLFW_KEY_F11);
            for (int i = 0; i < 20 && (program.windowWidth() != 800 || !program.fullscreen()); i++) {
                show(stage, r);
                glfwWaitEventsTimeout(0.05);
            }
            System.out.println("fullscreen=" + program.fullscreen() + " size=" + program.windowWidth() + "x" + program.windowHeight());
            // Below the preview window, which (with no window manager) stays stacked above it.
            print("fullscreenProgram", await(stage, r, 0, 240, 800, 360, k -> k[1] > 800 * 300));
        } finally {
            program.close();
        }
        oneWindow(bus);
    }

    /** With --no-preview: the HUD shows on the one window while windowed, never in fullscreen. */
    static void oneWindow(ParamBus bus) throws Exception {
        GlfwWindowContext window = GlfwWindowContext.create("one", 320, 240, -1, false);
        try (Renderer r = new Renderer(bus, 64, 48); WindowPresenter stage = new WindowPresenter(window, bus)) {
            glfwSetWindowPos(window.handle(), 0, 0);
            r.apply(Scene.empty().withOutput(0, Chains.chain("solid", 0, 1, 0)));
            stage.hud().error("probe error");
            print("oneWindowed", await(stage, r, 0, 0, 320, 240, k -> k[0] > 50));
            stage.toggleFullscreen();
            print("oneFullscreen", await(stage, r, 0, 0, 800, 600, k -> k[1] > 800 * 500));
        } finally {
            window.close();
        }
    }

    /** Bytes this thread allocates over 300 frames presented to both windows, after 100 of warm-up. */
    static long allocatedByPresenting(WindowPresenter stage, Renderer r) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId(), before = 0;
        for (int k = 0; k < 400; k++) {
            if (k == 100) before = threads.getThreadAllocatedBytes(self);
            glfwPollEvents();
            r.drawFrame(k / 60.0);
            stage.hud().stage("verse", k / 8, k % 2 == 0, false, (k % 10) / 10.0, 7.5);
            stage.present(r, System.nanoTime(), 120, k / 2.0);
        }
        return threads.getThreadAllocatedBytes(self) - before;
    }

    /** A key press through the window's own GLFW key callback, as glfwPollEvents would deliver it. */
    static void press(GlfwWindowContext w, int key) {
        GLFWKeyCallback cb = glfwSetKeyCallback(w.handle(), null);
        glfwSetKeyCallback(w.handle(), cb);
        cb.invoke(w.handle(), key, 0, GLFW_PRESS, 0);
        cb.invoke(w.handle(), key, 0, GLFW_RELEASE, 0);
    }

    static void show(WindowPresenter stage, Renderer r) {
        for (int i = 0; i < 3; i++) {
            glfwPollEvents();
            r.drawFrame(0);
            stage.present(r, System.nanoTime(), 120, 0);
        }
    }

    /** Shows frames until the screen rectangle's counts pass {@code ready} (at most 100 tries); returns the last counts. */
    static int[] await(WindowPresenter stage, Renderer r, int x, int y, int w, int h, Predicate<int[]> ready) throws Exception {
        int[] k = null;
        for (int i = 0; i < 100 && (k == null || !ready.test(k)); i++) {
            show(stage, r);
            GL30.glFinish();
            k = count(ROBOT.createScreenCapture(new Rectangle(x, y, w, h)));
        }
        return k;
    }

    /** {white, green, black, all} pixels of the capture. */
    static int[] count(BufferedImage im) {
        int[] k = new int[4];
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                int rgb = im.getRGB(x, y) & 0xffffff;
                if (rgb == 0xffffff) k[0]++;
                else if (rgb == 0x00ff00) k[1]++;
                else if (rgb == 0) k[2]++;
                k[3]++;
            }
        }
        return k;
    }

    static void print(String name, int[] k) {
        System.out.println(name + " white=" + k[0] + " green=" + k[1] + " black=" + k[2] + " of=" + k[3]);
    }
}
