package latente.render;

import latente.render.gl.ShaderProgram;
import latente.runtime.scene.Scene;

/**
 * A scene whose shader programs are compiled, linked, drawn once and proven affordable, ready
 * for {@link Renderer#install}: installing it costs the render thread an array copy.
 *
 * <p>Thread contract: immutable once made by a {@link ScenePreparer}; handed to the render
 * thread through a volatile or atomic reference (which publishes it safely). The GL work behind it
 * was finished ({@code glFinish}) before the hand-over.
 */
public final class PreparedScene {
    final Scene scene;
    final DrawPlan[] plans;

    PreparedScene(Scene scene, DrawPlan[] plans) {
        this.scene = scene;
        this.plans = plans;
    }

    public Scene scene() {
        return scene;
    }

    /** True when one of the outputs draws with {@code program}. */
    boolean uses(ShaderProgram program) {
        for (DrawPlan p : plans) if (p != null && p.program == program) return true;
        return false;
    }
}
