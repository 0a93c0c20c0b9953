package latente.render.vocab;

import java.util.Locale;

/**
 * What a vocabulary function does to the picture; decides its GLSL signature. The names of the
 * implicit arguments follow Hydra's documented setFunction types, so a pasted Hydra body works.
 *
 * <pre>
 * SOURCE         vec4 f(vec2 _st, params...)            makes colour from a coordinate
 * COORD          vec2 f(vec2 _st, params...)            moves where the chain before it is sampled
 * COLOR          vec4 f(vec4 _c0, params...)            changes the colour of the chain before it
 * COMBINE        vec4 f(vec4 _c0, vec4 _c1, params...)  mixes the chain (_c0) with a texture (_c1)
 * COMBINE_COORD  vec2 f(vec2 _st, vec4 _c0, params...)  moves coordinates by a texture's colour (_c0)
 * </pre>
 */
public enum Kind {
    SOURCE("src"), COORD("coord"), COLOR("color"), COMBINE("combine"), COMBINE_COORD("combineCoord");

    private final String hydraName;

    Kind(String hydraName) {
        this.hydraName = hydraName;
    }

    /** The type name Hydra's setFunction uses: src, coord, color, combine, combineCoord. */
    public String hydraName() {
        return hydraName;
    }

    /** The kind for a setFunction type name (case-insensitive), or null. */
    public static Kind fromHydraName(String name) {
        for (Kind k : values()) if (k.hydraName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return k;
        return null;
    }

    /** True when the first argument of the call is a texture (another chain, an output, a source). */
    public boolean takesTexture() {
        return this == COMBINE || this == COMBINE_COORD;
    }
}
