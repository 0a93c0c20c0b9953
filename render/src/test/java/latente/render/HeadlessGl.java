package latente.render;

import java.nio.ByteBuffer;
import latente.render.gl.EglHeadlessContext;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;
import org.lwjgl.system.MemoryUtil;

/** A headless context plus renderer for pixel tests; reads back RGBA bytes. */
final class HeadlessGl implements AutoCloseable {
    final EglHeadlessContext context = EglHeadlessContext.create();
    final ParamBus bus = new ParamBus();
    final RenderLink link = new RenderLink();
    final Renderer renderer;
    final ByteBuffer pixels;
    final int width;
    final int height;

    HeadlessGl(int width, int height) {
        this.width = width;
        this.height = height;
        renderer = new Renderer(bus, link, width, height);
        pixels = MemoryUtil.memAlloc(width * height * 4);
    }

    void show(Chain o0) throws Exception {
        renderer.apply(Scene.empty().withOutput(0, o0));
    }

    void frame(double time) {
        renderer.drawFrame(time);
        renderer.readFinal(pixels);
    }

    /** Channel value 0..255 at pixel (x, y), y counted from the bottom as in GL. */
    int at(int x, int y, int channel) {
        return pixels.get((y * width + x) * 4 + channel) & 0xff;
    }

    @Override
    public void close() {
        link.closeAll();
        MemoryUtil.memFree(pixels);
        renderer.close();
        context.close();
    }
}
