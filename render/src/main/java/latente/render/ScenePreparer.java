package latente.render;

import static org.lwjgl.opengl.GL11.glFinish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import latente.render.gl.DriverCacheWriter;
import latente.render.gl.ShaderException;
import latente.render.gl.ShaderProgram;
import latente.render.glsl.ChainCompileException;
import latente.render.glsl.ChainCompiler;
import latente.render.glsl.CompiledChain;
import latente.render.glsl.ShaderErrors;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Chain;
import latente.runtime.scene.Scene;

/**
 * The compile thread's half of a new scene: generates each output's GLSL, compiles and links it,
 * draws every new program once in the stage's texture shapes ({@link CostTrial}) and, with a frame
 * budget, proves the scene affordable ({@link FrameBudget}). Everything slow about a new scene
 * happens here, in a context of its own; what the render thread then builds from the same GLSL
 * the driver's shader cache answers ({@link DriverCacheWriter}), and a scene refused here never
 * reaches the render thread.
 *
 * <p>Thread contract: the compile thread, with its {@link latente.render.gl.CompileGlContext}
 * current. Its programs are its own: it keeps those of the last scene that passed (re-preparing
 * an unchanged chain costs a map lookup) and closes the others.
 */
public final class ScenePreparer implements AutoCloseable {
    /** How long a hand-over waits at most for the driver to write its shader cache. */
    private static final long CACHE_WRITE_MILLIS = 1000;
    private final Map<String, ShaderProgram> programs = new HashMap<>();
    private final CostTrial trial;
    private final FrameBudget budget;
    private Set<String> kept = Set.of();

    public ScenePreparer(ParamBus bus, RenderLink link) {
        this.trial = new CostTrial(new PlanUniforms(bus), link);
        this.budget = new FrameBudget(trial);
    }

    /** Live shows: a scene must prove one frame fits in {@code millis} (0: no check). */
    public void frameBudget(double millis) {
        budget.millis(millis);
    }

    /**
     * Compiles and tries out every chain of {@code next} for outputs of {@code width}×{@code height}
     * at {@code time} seconds; returns once the driver has cached what it compiled.
     *
     * @throws ChainCompileException naming the chain's call (and set-file line) when a chain is
     *                               invalid, the driver refuses its GLSL, or a frame of it would blow the budget
     */
    public PreparedScene prepare(Scene next, double time, int width, int height) throws ChainCompileException {
        try {
            DrawPlan[] plans = new DrawPlan[Scene.OUTPUTS];
            boolean built = false;
            for (int i = 0; i < Scene.OUTPUTS; i++) {
                Chain chain = next.output(i);
                if (chain == null) continue;
                CompiledChain compiled = ChainCompiler.compile(chain, i);
                ShaderProgram program = programs.get(compiled.fragmentSource());
                boolean fresh = program == null;
                if (fresh) {
                    try {
                        program = ShaderProgram.fullscreen(compiled.fragmentSource());
                    } catch (ShaderException e) {
                        throw ShaderErrors.explain(compiled, e.log(), "o" + i);
                    }
                    programs.put(compiled.fragmentSource(), program);
                    built = true;
                }
                plans[i] = DrawPlan.of(program, compiled);
                if (fresh && !budget.active()) trial.warm(plans[i], time);
            }
            budget.check(plans, time, width, height);
            glFinish();
            if (built) DriverCacheWriter.awaitIdle(CACHE_WRITE_MILLIS);
            Set<String> sources = new HashSet<>();
            for (DrawPlan p : plans) if (p != null) sources.add(p.source);
            kept = sources;
            return new PreparedScene(next);
        } finally {
            retireAllBut(kept);
        }
    }

    /** Closes every program whose source is not in {@code keep}. */
    private void retireAllBut(Set<String> keep) {
        programs.entrySet().removeIf(e -> {
            if (keep.contains(e.getKey())) return false;
            budget.forget(e.getKey());
            e.getValue().close();
            return true;
        });
    }

    @Override
    public void close() {
        programs.values().forEach(ShaderProgram::close);
        programs.clear();
        trial.close();
    }
}
