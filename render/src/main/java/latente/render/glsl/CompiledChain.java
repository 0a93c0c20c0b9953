package latente.render.glsl;

import java.util.List;

/**
 * The GLSL for one output's chain and what the render thread must bind to draw it.
 *
 * @param fragmentSource a complete GLSL 330 core fragment shader
 * @param liveUniforms   uniform name {@code u<k>} for k = index in this list, fed from the bus slot
 * @param textures       sampler uniforms and the texture each is bound to
 * @param lines          who wrote each line of {@code fragmentSource} (index = line - 1), so that a
 *                       driver error can be pointed at the call or the function body at fault
 */
public record CompiledChain(String fragmentSource, List<LiveUniform> liveUniforms, List<TextureInput> textures,
                            List<SourceLine> lines) {
    /** A float uniform read from a bus slot each frame. */
    public record LiveUniform(String name, int slot) {}

    /** An output (o0..o3) or source (s0..s3) sampled by the chain. */
    public record TextureInput(String name, boolean isOutput, int index) {}

    /**
     * The origin of one generated line: a call of the chain (its statement in main), or line
     * {@code bodyLine} (1-based) of a function's GLSL body, first used by {@code call}; null
     * fields for boilerplate.
     */
    public record SourceLine(latente.runtime.scene.Call call, latente.render.vocab.VisualFunction function, int bodyLine) {}
}
