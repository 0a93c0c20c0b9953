package latente.render;

import latente.render.gl.ShaderProgram;

/**
 * What the render thread does for one output each frame, resolved to GL handles and bus slots
 * ahead of time so that drawing is a loop over int arrays (no maps, no allocation).
 */
final class DrawPlan {
    final ShaderProgram program;
    final int timeLocation;
    final int resolutionLocation;
    final int mouseLocation;
    final int bpmLocation;
    final int[] liveLocations;
    final int[] liveSlots;
    final int[] textureLocations;
    final boolean[] textureIsOutput;
    final int[] textureIndex;

    DrawPlan(ShaderProgram program, int[] liveLocations, int[] liveSlots, int[] textureLocations,
             boolean[] textureIsOutput, int[] textureIndex) {
        this.program = program;
        this.timeLocation = program.uniform("time");
        this.resolutionLocation = program.uniform("resolution");
        this.mouseLocation = program.uniform("mouse");
        this.bpmLocation = program.uniform("bpm");
        this.liveLocations = liveLocations;
        this.liveSlots = liveSlots;
        this.textureLocations = textureLocations;
        this.textureIsOutput = textureIsOutput;
        this.textureIndex = textureIndex;
    }
}
