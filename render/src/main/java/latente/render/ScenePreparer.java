package latente.render;

import static org.lwjgl.opengl.GL11.glFinish;

import java.util.HashMap;
import java.util.Map;
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
 * Turns a scene into a {@link PreparedScene}: generates each output's GLSL, compiles and links
 * it (programs are cached by source, so an unchanged chain costs a map lookup), draws every new
 * program once so the driver finishes compiling it, and with a frame budget proves the scene
 * affordable ({@link FrameBudget}). Everything slow about a new scene happens here.
 *
 * <p>Thread contract: one thread, with a context current that shares programs with the render
 * thread's. Live this is the compile thread ({@code latente-compile}); offline and in tests the
 * render thread itself ({@link Renderer#apply}). The preparer owns its programs: it closes one
 * only through {@link #retireAllBut}, when the caller knows the render thread no longer draws it.
 */
public final class ScenePreparer implements AutoCloseable {
    private final Map<String, ShaderProgram> programs = new HashMap<>();
    private final CostTrial trial;
    private final FrameBudget budget;

    public ScenePreparer(ParamBus bus) {
        this.trial = new CostTrial(new PlanUniforms(bus));
        this.budget = new FrameBudget(trial);
    }

    /** Live shows: a scene must prove one frame fits in {@code millis} (0: no check). */
    public void frameBudget(double millis) {
        budget.millis(millis);
    }

    /**
     * Compiles and tries out every chain of {@code next} for outputs of {@code width}×{@code height}
     * at {@code time} seconds, and waits until the GL work is complete.
     *
     * @throws ChainCompileException naming the chain's call (and set-file line) when a chain is
     *                               invalid, the driver refuses its GLSL, or a frame of it would blow the budget
     */
    public PreparedScene prepare(Scene next, double time, int width, int height) throws ChainCompileException {
        DrawPlan[] plans = new DrawPlan[Scene.OUTPUTS];
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
            }
            plans[i] = DrawPlan.of(program, compiled);
            if (fresh && !budget.active()) trial.warm(plans[i], time);
        }
        budget.check(plans, time, width, height);
        glFinish(); // the programs are complete before another context draws with them
        return new PreparedScene(next, plans);
    }

    /** Closes every program {@code kept} does not draw with (null: all); the render thread must not draw them any more. */
    public void retireAllBut(PreparedScene kept) {
        programs.entrySet().removeIf(e -> {
            if (kept != null && kept.uses(e.getValue())) return false;
            budget.forget(e.getValue());
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
