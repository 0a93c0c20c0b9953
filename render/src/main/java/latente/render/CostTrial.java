package latente.render;

import static org.lwjgl.opengl.GL11.glFinish;
import static org.lwjgl.opengl.GL11.glViewport;

import latente.render.gl.Framebuffer;

/**
 * Proves a new shader affordable before it replaces the running one. One draw call cannot be
 * interrupted, so a shader that takes seconds per frame at the show's size would freeze the
 * output for seconds; instead it is drawn first into a small off-screen target at growing sizes
 * (16², 64², 256² pixels), and its cost per pixel, measured above the cost of a one-pixel draw,
 * is extrapolated to the output's size. The trial stops growing as soon as the next size would
 * itself take a noticeable time, so the trial never costs the show more than a quarter of the
 * budget per draw.
 *
 * <p>Thread contract: render thread only (it owns the GL context).
 */
final class CostTrial implements AutoCloseable {
    private static final int[] SIDES = {16, 64, 256};
    /** Below this much drawing time (above overhead) a measurement is noise, not a verdict. */
    private static final double SIGNAL_MILLIS = 2;
    private Framebuffer target;

    /**
     * Milliseconds per pixel of {@code plan}, drawn with the renderer's uniforms and textures;
     * measured until it is clear whether {@code pixels} pixels fit in {@code budgetMillis}.
     */
    double millisPerPixel(Renderer renderer, DrawPlan plan, double time, long pixels, double budgetMillis) {
        if (target == null) target = new Framebuffer(SIDES[SIDES.length - 1], SIDES[SIDES.length - 1]);
        target.bind();
        draw(renderer, plan, time, 1); // the driver finishes compiling the shader at its first draw
        double overhead = Math.min(draw(renderer, plan, time, 1), draw(renderer, plan, time, 1));
        double perPixel = 0;
        for (int k = 0; k < SIDES.length; k++) {
            int side = SIDES[k];
            if ((long) side * side > pixels && k > 0) break;
            double t = Math.min(draw(renderer, plan, time, side), draw(renderer, plan, time, side));
            double above = Math.max(0, t - overhead);
            perPixel = above / ((double) side * side - 1);
            if (above <= SIGNAL_MILLIS) continue; // noise, not a verdict: the next size costs at most 16 times this
            if (perPixel * pixels > budgetMillis) break; // clearly too slow
            if (k + 1 < SIDES.length && perPixel * SIDES[k + 1] * SIDES[k + 1] > budgetMillis / 4) break; // enough: the next size would show
        }
        return perPixel;
    }

    /** Draws {@code plan} into a side × side corner of the target and waits for it; milliseconds. */
    private static double draw(Renderer renderer, DrawPlan plan, double time, int side) {
        glViewport(0, 0, side, side);
        long start = System.nanoTime();
        renderer.draw(plan, time, side, side);
        glFinish();
        return (System.nanoTime() - start) / 1e6;
    }

    @Override
    public void close() {
        if (target != null) target.close();
    }
}
