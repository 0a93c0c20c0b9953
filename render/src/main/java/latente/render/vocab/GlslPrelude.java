package latente.render.vocab;

/**
 * GLSL helpers shared by vocabulary bodies, emitted once per shader. The hash is integer
 * arithmetic so that tests can recompute noise bit for bit in Java.
 *
 * <ul>
 * <li>{@code l_hash(ivec3)}: a well-mixed 32-bit hash of a lattice point, as 0..1</li>
 * <li>{@code l_noise(vec3)}: gradient noise in about -1..1 (dark areas where negative)</li>
 * <li>{@code l_luma(vec3)}: Rec. 709 luminance</li>
 * <li>{@code l_rgb2hsv}, {@code l_hsv2rgb}: hue, saturation and value, all 0..1</li>
 * </ul>
 */
public final class GlslPrelude {
    private GlslPrelude() {}

    public static final String HELPERS = """
            uint l_mix32(uint h) {
                h ^= h >> 16; h *= 0x7feb352du;
                h ^= h >> 15; h *= 0x846ca68bu;
                h ^= h >> 16;
                return h;
            }
            uint l_hashu(ivec3 p) {
                uvec3 u = uvec3(p);
                return l_mix32(u.x * 0x8da6b343u ^ u.y * 0xd8163841u ^ u.z * 0xcb1ab31fu);
            }
            float l_hash(ivec3 p) {
                return float(l_hashu(p) >> 8) / 16777216.0;
            }
            float l_grad(ivec3 cell, vec3 d) {
                uint h = l_hashu(cell) % 12u;
                float a = (h & 1u) != 0u ? -1.0 : 1.0;
                float b = (h & 2u) != 0u ? -1.0 : 1.0;
                vec3 g = h < 4u ? vec3(a, b, 0.0) : h < 8u ? vec3(a, 0.0, b) : vec3(0.0, a, b);
                return dot(g, d);
            }
            float l_noise(vec3 p) {
                vec3 fl = floor(p);
                ivec3 i = ivec3(fl);
                vec3 f = p - fl;
                vec3 u = f * f * f * (f * (f * 6.0 - 15.0) + 10.0);
                float x00 = mix(l_grad(i, f), l_grad(i + ivec3(1, 0, 0), f - vec3(1, 0, 0)), u.x);
                float x10 = mix(l_grad(i + ivec3(0, 1, 0), f - vec3(0, 1, 0)), l_grad(i + ivec3(1, 1, 0), f - vec3(1, 1, 0)), u.x);
                float x01 = mix(l_grad(i + ivec3(0, 0, 1), f - vec3(0, 0, 1)), l_grad(i + ivec3(1, 0, 1), f - vec3(1, 0, 1)), u.x);
                float x11 = mix(l_grad(i + ivec3(0, 1, 1), f - vec3(0, 1, 1)), l_grad(i + ivec3(1, 1, 1), f - vec3(1, 1, 1)), u.x);
                return mix(mix(x00, x10, u.y), mix(x01, x11, u.y), u.z);
            }
            float l_luma(vec3 c) {
                return dot(c, vec3(0.2126, 0.7152, 0.0722));
            }
            vec3 l_rgb2hsv(vec3 c) {
                float mx = max(c.r, max(c.g, c.b));
                float mn = min(c.r, min(c.g, c.b));
                float d = mx - mn;
                float h = 0.0;
                if (d > 0.0) {
                    if (mx == c.r) h = mod((c.g - c.b) / d, 6.0);
                    else if (mx == c.g) h = (c.b - c.r) / d + 2.0;
                    else h = (c.r - c.g) / d + 4.0;
                }
                return vec3(h / 6.0, mx > 0.0 ? d / mx : 0.0, mx);
            }
            vec3 l_hsv2rgb(vec3 c) {
                vec3 k = mod(vec3(5.0, 3.0, 1.0) + fract(c.x) * 6.0, 6.0);
                return c.z - c.z * c.y * clamp(min(k, 4.0 - k), 0.0, 1.0);
            }
            """;
}
