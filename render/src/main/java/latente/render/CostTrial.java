package latente.render;

import static org.lwjgl.opengl.GL30.*;

import latente.render.gl.Framebuffer;
import latente.render.gl.ShaderWork;

/**
 * Proves a new shader affordable before it replaces the running one. One draw call cannot be
 * interrupted, so a shader that takes seconds per frame at the show's size would freeze the
 * output for seconds; instead it is drawn first into a small off-screen target at growing sizes
 * (16², 64², 256² pixels), and its cost per pixel, measured above the cost of a one-pixel draw,
 * is extrapolated to the output's size. The trial stops growing as soon as the next size would
 * itself take a noticeable time, so a trial draw never takes more than a quarter of the budget.
 *
 * <p>The trial has its own target, vertex array and input textures, so it can run in a context
 * that shares nothing with the stage's. Its target has the outputs' format (RGBA8) and each
 * texture input samples a {@link TrialInputs} texture of the shape the stage's texture has, so
 * that the driver's code for the program, compiled at its first draw here, is the code the render
 * thread finds in the driver's shader cache when it builds the same program.
 *
 * <p>Thread contract: the thread that prepares scenes (live: the compile thread), which made it.
 */
final class CostTrial implements AutoCloseable {
    private static final int[] SIDES = {16, 64, 256};
    /** Below this much drawing time (above overhead) a measurement is noise, not a verdict. */
    private static final double SIGNAL_MILLIS = 2;
    private final PlanUniforms uniforms;
    private Framebuffer target;
    private final RenderLink link;
    private final TrialInputs inputs = new TrialInputs();
    private int vertexArray;

    CostTrial(PlanUniforms uniforms, RenderLink link) {
        this.uniforms = uniforms;
        this.link = link;
    }

    /**
     * Draws {@code plan} once at one pixel and waits for it: the driver finishes compiling a
     * program at its first draw (hundreds of milliseconds on a CPU rasteriser), which must happen
     * here, not in a frame.
     */
    void warm(DrawPlan plan, double time) {
        draw(plan, time, 1);
    }

    /**
     * Milliseconds per pixel of {@code plan}, measured until it is clear whether {@code pixels}
     * pixels fit in {@code budgetMillis}.
     */
    double millisPerPixel(DrawPlan plan, double time, long pixels, double budgetMillis) {
        warm(plan, time);
        double overhead = Math.min(draw(plan, time, 1), draw(plan, time, 1));
        double perPixel = 0;
        for (int k = 0; k < SIDES.length; k++) {
            int side = SIDES[k];
            if ((long) side * side > pixels && k > 0) break;
            double t = Math.min(draw(plan, time, side), draw(plan, time, side));
            double above = Math.max(0, t - overhead);
            perPixel = above / ((double) side * side - 1);
            if (above <= SIGNAL_MILLIS) continue; // noise, not a verdict: the next size costs at most 16 times this
            if (perPixel * pixels > budgetMillis) break; // clearly too slow
            if (k + 1 < SIDES.length && perPixel * SIDES[k + 1] * SIDES[k + 1] > budgetMillis / 4) break; // enough: the next size would show
        }
        return perPixel;
    }

    /** Draws {@code plan} into a side × side corner of the target, each texture input reading a texture of its stage shape, and waits; milliseconds. */
    private double draw(DrawPlan plan, double time, int side) {
        if (target == null) {
            target = new Framebuffer(SIDES[SIDES.length - 1], SIDES[SIDES.length - 1], false);
            vertexArray = glGenVertexArrays();
        }
        ShaderWork.trialDraw();
        target.bind();
        glViewport(0, 0, side, side);
        long start = System.nanoTime();
        glBindVertexArray(vertexArray);
        glDisable(GL_BLEND);
        uniforms.set(plan, time, side, side);
        for (int k = 0; k < plan.textureLocations.length; k++) {
            glActiveTexture(GL_TEXTURE0 + k);
            glBindTexture(GL_TEXTURE_2D, inputs.texture(plan.textureIsOutput[k] ? outputShape() : link.sourceShape(plan.textureIndex[k])));
            glUniform1i(plan.textureLocations[k], k);
        }
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glFinish();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The outputs o0..o3 as the stage samples them: the outputs' size, nearest texels ({@link Framebuffer}). */
    private long outputShape() {
        long size = link.outputSize();
        return size == 0 ? 0 : RenderLink.shape((int) (size >>> 32), (int) size, false);
    }

    @Override
    public void close() {
        inputs.close();
        if (target == null) return;
        target.close();
        glDeleteVertexArrays(vertexArray);
    }
}
