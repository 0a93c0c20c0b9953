package latente.render.vocab;

/**
 * GLSL helpers shared by vocabulary bodies, emitted once per shader. The hash is integer
 * arithmetic so that tests can recompute noise bit for bit in Java.
 *
 * <ul>
 * <li>{@code l_hash(ivec3)}: a well-mixed 32-bit hash of a lattice point, as 0..1</li>
 * <li>{@code l_noise(vec3)}: gradient noise in about -1..1 (dark areas where negative)</li>
 * <li>{@code l_luma(vec3)}: Rec. 709 luminance</li>
 * <li>{@code l_sample(sampler2D, vec2)}: a picture (output or source) at a coordinate, wrapping
 * around. Coordinates run from the top left as in Hydra, while GL stores rows bottom-up, so the
 * lookup turns y over: the one place the two conventions meet.</li>
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
            uint l_mix16(uint h) {
                h ^= h >> 15; h *= 0x2c1b3c6du;
                h ^= h >> 12;
                return h;
            }
            uint l_hashu(ivec3 p) {
                uvec3 u = uvec3(p);
                return l_mix32(u.x * 0x8da6b343u ^ u.y * 0xd8163841u ^ u.z * 0xcb1ab31fu);
            }
            float l_hash(ivec3 p) {
                return float(l_hashu(p) >> 8) / 16777216.0;
            }
            float l_grad(uint h, vec3 d) {
                h = l_mix16(h) >> 28;
                float a = h < 8u ? d.x : d.y;
                float b = h < 4u ? d.y : (h == 12u || h == 14u ? d.x : d.z);
                return ((h & 1u) == 0u ? a : -a) + ((h & 2u) == 0u ? b : -b);
            }
            float l_noise(vec3 p) {
                vec3 fl = floor(p);
                uvec3 i = uvec3(ivec3(fl));
                vec3 f = p - fl;
                vec3 u = f * f * f * (f * (f * 6.0 - 15.0) + 10.0);
                uint x0 = i.x * 0x8da6b343u, x1 = x0 + 0x8da6b343u;
                uint y0 = i.y * 0xd8163841u, y1 = y0 + 0xd8163841u;
                uint z0 = i.z * 0xcb1ab31fu, z1 = z0 + 0xcb1ab31fu;
                vec3 g = f - 1.0;
                float x00 = mix(l_grad(x0 ^ y0 ^ z0, f), l_grad(x1 ^ y0 ^ z0, vec3(g.x, f.y, f.z)), u.x);
                float x10 = mix(l_grad(x0 ^ y1 ^ z0, vec3(f.x, g.y, f.z)), l_grad(x1 ^ y1 ^ z0, vec3(g.x, g.y, f.z)), u.x);
                float x01 = mix(l_grad(x0 ^ y0 ^ z1, vec3(f.x, f.y, g.z)), l_grad(x1 ^ y0 ^ z1, vec3(g.x, f.y, g.z)), u.x);
                float x11 = mix(l_grad(x0 ^ y1 ^ z1, vec3(f.x, g.y, g.z)), l_grad(x1 ^ y1 ^ z1, g), u.x);
                return mix(mix(x00, x10, u.y), mix(x01, x11, u.y), u.z);
            }
            vec4 l_sample(sampler2D tex, vec2 st) {
                vec2 p = fract(st);
                return texture(tex, vec2(p.x, 1.0 - p.y));
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
