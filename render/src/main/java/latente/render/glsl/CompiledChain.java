package latente.render.glsl;

import java.util.List;

/**
 * The GLSL for one output's chain and what the render thread must bind to draw it.
 *
 * @param fragmentSource a complete GLSL 330 core fragment shader
 * @param liveUniforms   uniform name {@code u<k>} for k = index in this list, fed from the bus slot
 * @param textures       sampler uniform name {@code tex<k>} for k = index, bound to this texture
 */
public record CompiledChain(String fragmentSource, List<LiveUniform> liveUniforms, List<TextureInput> textures) {
    /** A float uniform read from a bus slot each frame. */
    public record LiveUniform(String name, int slot) {}

    /** An output (o0..o3) or source (s0..s3) sampled by the chain. */
    public record TextureInput(String name, boolean isOutput, int index) {}
}
