package latente.render;

import java.awt.Color;

/**
 * The documented meaning of each vocabulary function, written again in plain Java (double
 * precision, textbook forms, java.awt.Color for HSV where it applies) so that pixel tests compare
 * the shader against an independent computation rather than against itself.
 */
final class Formulas {
    private Formulas() {}

    static final double TAU = 2 * Math.PI;

    static double fract(double v) {
        return v - Math.floor(v);
    }

    /** GLSL mod: x - y * floor(x / y). */
    static double mod(double x, double y) {
        return x - y * Math.floor(x / y);
    }

    static double step(double edge, double x) {
        return x < edge ? 0 : 1;
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static double smoothstep(double e0, double e1, double x) {
        double t = clamp01((x - e0) / (e1 - e0));
        return t * t * (3 - 2 * t);
    }

    static double luma(double[] c) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double[] rgba(double r, double g, double b, double a) {
        return new double[] {r, g, b, a};
    }

    // ---- sources
    static double[] osc(double[] st, double frequency, double sync, double offset, double time) {
        double ph = (st[0] + time * sync) * frequency;
        return rgba(0.5 + 0.5 * Math.sin(ph - offset), 0.5 + 0.5 * Math.sin(ph), 0.5 + 0.5 * Math.sin(ph + offset), 1);
    }

    static double[] gradient(double[] st, double speed, double time) {
        return rgba(st[0], st[1], Math.sin(time * speed), 1);
    }

    static double[] shape(double[] st, double sides, double radius, double smoothing) {
        double x = st[0] * 2 - 1, y = st[1] * 2 - 1;
        // Distance to a regular polygon with a vertex pointing down (angle measured from +y).
        double a = Math.atan2(x, y) + Math.PI;
        double slice = TAU / sides;
        double d = Math.cos(Math.floor(0.5 + a / slice) * slice - a) * Math.hypot(x, y);
        double v = 1 - smoothstep(radius, radius + smoothing + 1e-7, d);
        return rgba(v, v, v, 1);
    }

    // ---- the integer hash and gradient noise of GlslPrelude, as 32-bit Java ints
    static int mix32(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        h *= 0x846ca68b;
        h ^= h >>> 16;
        return h;
    }

    static int hashu(int x, int y, int z) {
        return mix32(x * 0x8da6b343 ^ y * 0xd8163841 ^ z * 0xcb1ab31f);
    }

    static double hash(int x, int y, int z) {
        return (hashu(x, y, z) >>> 8) / 16777216.0;
    }

    static int mix16(int h) {
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return h;
    }

    /** Perlin's improved-noise gradient choice: 12 cube edges (4 repeated) from 4 hash bits. */
    static double grad(int x, int y, int z, double dx, double dy, double dz) {
        int h = mix16(x * 0x8da6b343 ^ y * 0xd8163841 ^ z * 0xcb1ab31f) >>> 28;
        double[][] edges = {{1, 1, 0}, {-1, 1, 0}, {1, -1, 0}, {-1, -1, 0}, {1, 0, 1}, {-1, 0, 1}, {1, 0, -1}, {-1, 0, -1},
            {0, 1, 1}, {0, -1, 1}, {0, 1, -1}, {0, -1, -1}, {1, 1, 0}, {0, -1, 1}, {-1, 1, 0}, {0, -1, -1}};
        return edges[h][0] * dx + edges[h][1] * dy + edges[h][2] * dz;
    }

    static double fade(double t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    static double noise3(double px, double py, double pz) {
        int ix = (int) Math.floor(px), iy = (int) Math.floor(py), iz = (int) Math.floor(pz);
        double fx = px - ix, fy = py - iy, fz = pz - iz;
        double u = fade(fx), v = fade(fy), w = fade(fz);
        double[] corner = new double[8];
        for (int k = 0; k < 8; k++) {
            int dx = k & 1, dy = (k >> 1) & 1, dz = (k >> 2) & 1;
            corner[k] = grad(ix + dx, iy + dy, iz + dz, fx - dx, fy - dy, fz - dz);
        }
        double x00 = lerp(corner[0], corner[1], u), x10 = lerp(corner[2], corner[3], u);
        double x01 = lerp(corner[4], corner[5], u), x11 = lerp(corner[6], corner[7], u);
        return lerp(lerp(x00, x10, v), lerp(x01, x11, v), w);
    }

    static double[] noise(double[] st, double scale, double offset, double time) {
        double n = 1.65 * noise3(st[0] * scale * 1.4, st[1] * scale * 1.4, time * offset);
        return rgba(n, n, n, 1);
    }

    static double[] voronoi(double[] st, double scale, double speed, double blending, double time) {
        double px = st[0] * scale, py = st[1] * scale;
        int cx = (int) Math.floor(px), cy = (int) Math.floor(py);
        double best = 10, value = 0;
        for (int j = -1; j <= 1; j++) {
            for (int i = -1; i <= 1; i++) {
                int x = cx + i, y = cy + j;
                double sx = 0.5 + 0.5 * Math.sin(time * speed + 6.2831853 * hash(x, y, 0));
                double sy = 0.5 + 0.5 * Math.sin(time * speed + 6.2831853 * hash(x, y, 1));
                double d = Math.hypot(x + sx - px, y + sy - py);
                if (d < best) {
                    best = d;
                    value = hash(x, y, 2);
                }
            }
        }
        double g = 0.87 * value * (1 - blending * best);
        return rgba(g, g, g, 1);
    }

    // ---- geometry (where the picture before is sampled)
    static double[] rotate(double[] st, double angle) {
        // Turning the picture by +angle means sampling at the point turned by -angle.
        double x = st[0] - 0.5, y = st[1] - 0.5, c = Math.cos(-angle), s = Math.sin(-angle);
        return new double[] {c * x - s * y + 0.5, s * x + c * y + 0.5};
    }

    static double[] kaleid(double[] st, double sides, double radiusAdd) {
        double x = st[0] - 0.5, y = st[1] - 0.5;
        double slice = TAU / sides;
        double a = Math.abs(mod(Math.atan2(y, x), slice) - slice / 2);
        double r = Math.hypot(x, y) + radiusAdd;
        return new double[] {r * Math.cos(a), r * Math.sin(a)};
    }

    // ---- colour spaces, textbook sector form (independent of the shader's formula)
    static double[] hsvToRgb(double h, double s, double v) {
        h = fract(h) * 6;
        int sector = (int) Math.floor(h) % 6;
        double f = h - Math.floor(h);
        double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
        return switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
    }

    static double[] rgbToHsv(double[] c) {
        float[] hsb = Color.RGBtoHSB((int) Math.round(clamp01(c[0]) * 255), (int) Math.round(clamp01(c[1]) * 255),
                (int) Math.round(clamp01(c[2]) * 255), null);
        return new double[] {hsb[0], hsb[1], hsb[2]};
    }
}
