package latente.runtime.model.garden;

/**
 * Recipes of the later ten families. Inputs: two tileable fractal noise fields f and g in
 * [0, 1] and the position (x, y) in [0, 1), used only through whole periods so each exemplar
 * tiles. Output: linear RGB in [0, 1] (clamped by the caller).
 */
final class MoreFamilies {
    private static final double TAU = 2 * Math.PI;

    private MoreFamilies() {}

    static double[] paint(String family, double f, double g, double x, double y) {
        switch (family) {
            case "marble": {                      // white stone, grey-blue veins
                double vein = Math.pow(Math.abs(Math.sin(TAU * (2 * x + y) + 9 * f)), 0.25);
                double tint = 0.04 * g;
                return rgb(0.3 + 0.65 * vein - tint, 0.32 + 0.64 * vein - tint, 0.4 + 0.57 * vein);
            }
            case "nebula": {                      // violet and cyan clouds, stars, on deep night
                double cloud = smooth(0.35, 0.9, f), glow = smooth(0.5, 1, g);
                double star = hash(x, y) > 0.9985 ? 1 : 0;
                return rgb(0.03 + 0.55 * cloud * (1 - glow) + 0.25 * glow + star, 0.01 + 0.1 * cloud + 0.45 * glow * cloud + star,
                        0.08 + 0.5 * cloud + 0.3 * glow + star);
            }
            case "bark": {                        // vertical brown ridges, dark furrows
                double ridge = 0.5 + 0.5 * Math.sin(TAU * 9 * x + 7 * f + 2 * g);
                double furrow = Math.pow(ridge, 3);
                return rgb(0.12 + 0.35 * furrow + 0.08 * g, 0.07 + 0.22 * furrow + 0.05 * g, 0.03 + 0.12 * furrow);
            }
            case "lava": {                        // black crust cracked by yellow-white heat
                double crack = Math.max(0, 1 - Math.abs(f - 0.5) * 14) * (0.6 + 0.4 * g);
                double crust = 0.06 + 0.08 * g;
                return rgb(crust + 1.1 * crack, crust * 0.6 + 0.8 * crack * crack, 0.02 + 0.5 * Math.pow(crack, 4));
            }
            case "circuit": {                     // green board, copper traces and pads on a grid
                double u = frac(x * 8), v = frac(y * 8);
                boolean across = f > 0.5 && Math.abs(v - 0.5) < 0.12, down = g > 0.5 && Math.abs(u - 0.5) < 0.12;
                boolean pad = across && down || Math.hypot(u - 0.5, v - 0.5) < 0.22 && f > 0.6;
                double metal = pad ? 1 : across || down ? 0.8 : 0;
                return rgb(0.03 + 0.85 * metal, 0.22 - 0.02 * metal + 0.35 * metal * metal * 0.5 + 0.05 * g, 0.1 + 0.05 * metal);
            }
            case "bloom": {                       // pink petals round golden hearts
                double u = frac(x * 4 + 0.3 * f) - 0.5, v = frac(y * 4 + 0.3 * g) - 0.5;
                double r = Math.hypot(u, v) * 2, petal = 0.5 + 0.5 * Math.cos(6 * Math.atan2(v, u) + 4 * f);
                double inPetal = smooth(0.15, 0, r - 0.55 - 0.35 * petal), heart = smooth(0.28, 0.12, r);
                return rgb(0.1 + 0.85 * inPetal + 0.1 * heart, 0.12 + 0.3 * inPetal * petal + 0.6 * heart,
                        0.08 + 0.45 * inPetal * (1 - heart));
            }
            case "silk": {                        // crimson folds with soft sheen
                double fold = 0.5 + 0.5 * Math.sin(TAU * (3 * y + x) + 5 * f);
                double sheen = Math.pow(fold, 12);
                return rgb(0.35 + 0.45 * fold + 0.3 * sheen, 0.02 + 0.06 * fold + 0.3 * sheen, 0.12 + 0.15 * fold + 0.3 * sheen);
            }
            case "rust": {                        // orange-brown corrosion over grey steel, pitted
                double corrosion = smooth(0.35, 0.6, f), pit = hash(x, y) > 0.97 ? 0.15 : 0;
                double steel = 0.45 + 0.1 * g;
                return rgb(steel + corrosion * (0.68 - steel + 0.2 * g) - pit, steel + corrosion * (0.3 - steel + 0.1 * g) - pit,
                        steel + 0.04 + corrosion * (0.1 - steel) - pit);
            }
            case "coral": {                       // salmon labyrinth on teal water
                double maze = smooth(0.75, 0.35, Math.abs(Math.sin(TAU * 2 * f + 2 * g)));
                return rgb(0.05 + 0.9 * maze, 0.3 + 0.2 * maze * g, 0.35 + 0.05 * maze - 0.05 * g);
            }
            case "aurora": {                      // green and violet curtains over a night sky
                double curtain = Math.pow(0.5 + 0.5 * Math.sin(TAU * 5 * x + 8 * f), 3);
                double height = 0.5 + 0.5 * Math.sin(TAU * y + 3 * g);
                double light = curtain * height;
                return rgb(0.02 + 0.35 * light * (1 - height), 0.04 + 0.85 * light * height, 0.1 + 0.5 * light * (1 - height) + 0.05 * g);
            }
            default:
                throw new IllegalArgumentException("unknown family '" + family + "' (known: " + Families.NAMES + ")");
        }
    }

    private static double[] rgb(double r, double g, double b) {
        return new double[] {r, g, b};
    }

    /** 0 below a, 1 beyond b (either order), smooth between. */
    private static double smooth(double a, double b, double v) {
        double t = Math.max(0, Math.min(1, (v - a) / (b - a)));
        return t * t * (3 - 2 * t);
    }

    private static double frac(double v) {
        return v - Math.floor(v);
    }

    /** A deterministic pseudo-random value in [0, 1) per position, for stars and pits. */
    private static double hash(double x, double y) {
        long h = Double.doubleToLongBits(x * 1013.0 + y * 7919.0) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1.0p-53;
    }
}
