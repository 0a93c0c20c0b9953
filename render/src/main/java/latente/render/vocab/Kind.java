package latente.render.vocab;

/**
 * What a vocabulary function does to the picture; decides its GLSL signature.
 *
 * <pre>
 * SOURCE         vec4 f(vec2 _st, params...)            makes colour from a coordinate
 * COORD          vec2 f(vec2 _st, params...)            moves where the chain before it is sampled
 * COLOR          vec4 f(vec4 _c0, params...)            changes the colour of the chain before it
 * COMBINE        vec4 f(vec4 _c0, vec4 _c1, params...)  mixes the chain with another texture
 * COMBINE_COORD  vec2 f(vec2 _st, vec4 _c1, params...)  moves coordinates by another texture
 * </pre>
 */
public enum Kind {
    SOURCE, COORD, COLOR, COMBINE, COMBINE_COORD;

    /** True when the first argument of the call is a texture (another chain, an output, a source). */
    public boolean takesTexture() {
        return this == COMBINE || this == COMBINE_COORD;
    }
}
