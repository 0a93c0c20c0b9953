package latente.render;

import latente.render.gl.ShaderProgram;
import latente.render.glsl.CompiledChain;

/**
 * What the render thread does for one output each frame, resolved to GL handles and bus slots
 * ahead of time so that drawing is a loop over int arrays (no maps, no allocation).
 *
 * <p>Thread contract: made on the thread whose context linked the program (uniform locations
 * belong to the program), immutable after.
 */
final class DrawPlan {
    final ShaderProgram program;
    /** The fragment shader's GLSL: what the program is, whichever context built it. */
    final String source;
    final int timeLocation;
    final int resolutionLocation;
    final int mouseLocation;
    final int bpmLocation;
    final int[] liveLocations;
    final int[] liveSlots;
    final int[] textureLocations;
    final boolean[] textureIsOutput;
    final int[] textureIndex;

    DrawPlan(ShaderProgram program, String source, int[] liveLocations, int[] liveSlots, int[] textureLocations,
             boolean[] textureIsOutput, int[] textureIndex) {
        this.program = program;
        this.source = source;
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

    /** Resolves {@code compiled}'s uniforms and texture inputs in {@code program}. */
    static DrawPlan of(ShaderProgram program, CompiledChain compiled) {
        int lives = compiled.liveUniforms().size();
        int[] liveLocations = new int[lives];
        int[] liveSlots = new int[lives];
        for (int k = 0; k < lives; k++) {
            liveLocations[k] = program.uniform(compiled.liveUniforms().get(k).name());
            liveSlots[k] = compiled.liveUniforms().get(k).slot();
        }
        int textures = compiled.textures().size();
        int[] textureLocations = new int[textures];
        boolean[] isOutput = new boolean[textures];
        int[] index = new int[textures];
        for (int k = 0; k < textures; k++) {
            CompiledChain.TextureInput t = compiled.textures().get(k);
            textureLocations[k] = program.uniform(t.name());
            isOutput[k] = t.isOutput();
            index[k] = t.index();
        }
        return new DrawPlan(program, compiled.fragmentSource(), liveLocations, liveSlots, textureLocations, isOutput, index);
    }
}
