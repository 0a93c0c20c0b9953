package latente.render;

import static org.lwjgl.opengl.GL20.*;

import latente.runtime.bus.ParamBus;

/**
 * Sets the uniforms of one draw of a {@link DrawPlan}: time, resolution, mouse, bpm and the
 * chain's live values, read from the parameter bus.
 *
 * <p>Thread contract: any thread with a context current that shares the plan's program (the render
 * thread for frames, the compile thread for cost trials). Allocation-free.
 */
final class PlanUniforms {
    private final ParamBus bus;
    private final int mouseX;
    private final int mouseY;
    private final int bpmSlot;

    PlanUniforms(ParamBus bus) {
        this.bus = bus;
        this.mouseX = bus.slot("mouse:x");
        this.mouseY = bus.slot("mouse:y");
        this.bpmSlot = bus.slot("clock:bpm");
    }

    /** Makes {@code p}'s program current and sets its uniforms for a {@code w}×{@code h} target at {@code time}. */
    void set(DrawPlan p, double time, int w, int h) {
        glUseProgram(p.program.id());
        glUniform1f(p.timeLocation, (float) time);
        glUniform2f(p.resolutionLocation, w, h);
        glUniform2f(p.mouseLocation, (float) bus.get(mouseX), (float) bus.get(mouseY));
        glUniform1f(p.bpmLocation, (float) bus.get(bpmSlot));
        for (int k = 0; k < p.liveSlots.length; k++) glUniform1f(p.liveLocations[k], (float) bus.get(p.liveSlots[k]));
    }
}
