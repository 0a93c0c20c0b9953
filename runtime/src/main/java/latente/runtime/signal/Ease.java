package latente.runtime.signal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Easing curves from 0..1 to 0..1, with the names of Hydra's {@code .ease()} options. The input
 * is clamped to 0..1 first.
 */
public enum Ease {
    LINEAR("linear"),
    EASE_IN_QUAD("easeInQuad"),
    EASE_OUT_QUAD("easeOutQuad"),
    EASE_IN_OUT_QUAD("easeInOutQuad"),
    EASE_IN_CUBIC("easeInCubic"),
    EASE_OUT_CUBIC("easeOutCubic"),
    EASE_IN_OUT_CUBIC("easeInOutCubic"),
    EASE_IN_QUART("easeInQuart"),
    EASE_OUT_QUART("easeOutQuart"),
    EASE_IN_OUT_QUART("easeInOutQuart"),
    EASE_IN_QUINT("easeInQuint"),
    EASE_OUT_QUINT("easeOutQuint"),
    EASE_IN_OUT_QUINT("easeInOutQuint"),
    /** Half a cosine: slow at both ends. */
    SIN("sin");

    private final String hydraName;

    Ease(String hydraName) {
        this.hydraName = hydraName;
    }

    public String hydraName() {
        return hydraName;
    }

    /** Looks up a curve by its Hydra name ("easeInOutCubic"); unknown names list the valid ones. */
    public static Ease named(String name) {
        for (Ease e : values()) if (e.hydraName.equals(name)) return e;
        throw new IllegalArgumentException("unknown ease '" + name + "'; one of: "
                + Arrays.stream(values()).map(Ease::hydraName).collect(Collectors.joining(", ")));
    }

    public double apply(double x) {
        double t = x < 0 ? 0 : x > 1 ? 1 : x;
        double u = t - 1;
        return switch (this) {
            case LINEAR -> t;
            case EASE_IN_QUAD -> t * t;
            case EASE_OUT_QUAD -> t * (2 - t);
            case EASE_IN_OUT_QUAD -> t < 0.5 ? 2 * t * t : 1 - 2 * u * u;
            case EASE_IN_CUBIC -> t * t * t;
            case EASE_OUT_CUBIC -> u * u * u + 1;
            case EASE_IN_OUT_CUBIC -> t < 0.5 ? 4 * t * t * t : 1 + 4 * u * u * u;
            case EASE_IN_QUART -> t * t * t * t;
            case EASE_OUT_QUART -> 1 - u * u * u * u;
            case EASE_IN_OUT_QUART -> t < 0.5 ? 8 * t * t * t * t : 1 - 8 * u * u * u * u;
            case EASE_IN_QUINT -> t * t * t * t * t;
            case EASE_OUT_QUINT -> 1 + u * u * u * u * u;
            case EASE_IN_OUT_QUINT -> t < 0.5 ? 16 * t * t * t * t * t : 1 + 16 * u * u * u * u * u;
            case SIN -> (1 - Math.cos(Math.PI * t)) / 2;
        };
    }
}
