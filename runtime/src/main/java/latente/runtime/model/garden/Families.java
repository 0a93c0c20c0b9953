package latente.runtime.model.garden;

import java.util.List;

/**
 * The procedural families of {@code builtin:garden}. Each exemplar is painted from two tileable
 * noise fields and the pixel position (only through whole periods, so every exemplar tiles); the
 * recipes are ours, tuned by eye to give clearly different materials a performer would reach for.
 * docs/model.md describes each in words.
 */
public final class Families {
    public static final List<String> NAMES = List.of("moss", "ember", "glass", "tide", "ink",
            "marble", "nebula", "bark", "lava", "circuit", "bloom", "silk", "rust", "coral", "aurora");

    private Families() {}

    /** Renders one exemplar as planar RGB (3 planes of n×n) in [-1, 1]. */
    public static float[] render(String family, long seed, int n) {
        float[] f = Fbm.field(n, seed * 7919 + family.hashCode(), 5);
        float[] g = Fbm.field(n, seed * 7919 + family.hashCode() + 100, 5);
        float[] out = new float[3 * n * n];
        int plane = n * n;
        for (int i = 0; i < plane; i++) {
            double y = (double) (i / n) / n, x = (double) (i % n) / n;
            double[] c = NAMES.indexOf(family) < 5 ? paint(family, f[i], g[i], y)
                    : MoreFamilies.paint(family, f[i], g[i], x, y);
            for (int ch = 0; ch < 3; ch++) out[ch * plane + i] = (float) (clamp(c[ch]) * 2 - 1);
        }
        return out;
    }

    private static double[] paint(String family, double f, double g, double y) {
        switch (family) {
            case "moss": {
                double lichen = Math.pow(g, 3);
                return new double[] {0.12 + 0.25 * f * g + 0.3 * lichen, 0.3 + 0.5 * f + 0.1 * lichen, 0.08 + 0.15 * g};
            }
            case "ember": {
                double h = clamp((f - 0.45) * 4);
                double spark = g > 0.8 ? (g - 0.8) * 3 : 0;
                return new double[] {0.18 + 0.8 * h + spark, 0.04 + 0.55 * h * h + spark * 0.5, 0.02 + 0.15 * Math.pow(h, 4)};
            }
            case "glass": {
                double e = Math.abs(Math.sin(f * 26 + g * 3));
                return new double[] {0.1 + 0.35 * e, 0.38 + 0.45 * e, 0.68 + 0.32 * e};
            }
            case "tide": {
                double w = 0.5 + 0.5 * Math.sin(2 * Math.PI * (5 * y) + 6 * f + 3 * g);
                double foam = w > 0.93 ? 0.4 : 0;
                return new double[] {0.05 + 0.2 * w + foam, 0.28 + 0.4 * w + foam, 0.5 + 0.4 * w + foam * 0.5};
            }
            case "ink": {
                double blot = f > 0.56 ? 0.9 : f > 0.53 ? 0.9 * (f - 0.53) / 0.03 : 0;
                double paper = 0.05 * g;
                return new double[] {0.93 - blot - paper, 0.9 - blot - paper, 0.84 - blot * 0.9 - paper};
            }
            default:
                throw new IllegalArgumentException("unknown family '" + family + "' (known: " + NAMES + ")");
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
