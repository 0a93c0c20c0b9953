package latente.render.vocab;

/** GLSL helpers shared by vocabulary bodies (noise and hashing), emitted once per shader. */
public final class GlslPrelude {
    private GlslPrelude() {}

    public static final String HELPERS = """
            float l_hash(vec3 p) {
                p = fract(p * vec3(443.897, 441.423, 437.195));
                p += dot(p, p.yzx + 19.19);
                return fract((p.x + p.y) * p.z);
            }
            float l_valueNoise(vec3 p) {
                vec3 i = floor(p);
                vec3 f = fract(p);
                vec3 u = f * f * (3.0 - 2.0 * f);
                float n000 = l_hash(i), n100 = l_hash(i + vec3(1, 0, 0));
                float n010 = l_hash(i + vec3(0, 1, 0)), n110 = l_hash(i + vec3(1, 1, 0));
                float n001 = l_hash(i + vec3(0, 0, 1)), n101 = l_hash(i + vec3(1, 0, 1));
                float n011 = l_hash(i + vec3(0, 1, 1)), n111 = l_hash(i + vec3(1, 1, 1));
                return mix(mix(mix(n000, n100, u.x), mix(n010, n110, u.x), u.y),
                           mix(mix(n001, n101, u.x), mix(n011, n111, u.x), u.y), u.z);
            }
            """;
}
