package latente.render;

import latente.render.gl.ShaderProgram;

/**
 * What the render thread does for one output each frame, resolved to GL handles and bus slots
 * ahead of time so that drawing is a loop over int arrays (no maps, no allocation).
 */
final class DrawPlan {
    final ShaderProgram program;
    final String fragmentSource;
    final int timeLocation;
    final int resolutionLocation;
    final int[] liveLocations;
    final int[] liveSlots;
    final int[] textureLocations;
    final boolean[] textureIsOutput;
    final int[] textureIndex;

    DrawPlan(ShaderProgram program, String fragmentSource, int timeLocation, int resolutionLocation,
             int[] liveLocations, int[] liveSlots, int[] textureLocations, boolean[] textureIsOutput, int[] textureIndex) {
        this.program = program;
        this.fragmentSource = fragmentSource;
        this.timeLocation = timeLocation;
        this.resolutionLocation = resolutionLocation;
        this.liveLocations = liveLocations;
        this.liveSlots = liveSlots;
        this.textureLocations = textureLocations;
        this.textureIsOutput = textureIsOutput;
        this.textureIndex = textureIndex;
    }
}
