package latente.dsl.lang.seq;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Easing curves for list sequences ({@code [0, 1].ease('easeInOutCubic')}): t in 0..1 to 0..1,
 * with the names Hydra documents (the usual Penner family plus {@code sin}).
 */
public final class Easing {
    public static final List<String> NAMES = List.of("linear", "easeInQuad", "easeOutQuad", "easeInOutQuad",
            "easeInCubic", "easeOutCubic", "easeInOutCubic", "easeInQuart", "easeOutQuart", "easeInOutQuart",
            "easeInQuint", "easeOutQuint", "easeInOutQuint", "sin");

    private Easing() {}

    /** The curve called {@code name}; null when there is none. */
    public static DoubleUnaryOperator named(String name) {
        return switch (name) {
            case "linear" -> t -> t;
            case "easeInQuad" -> in(2);
            case "easeOutQuad" -> out(2);
            case "easeInOutQuad" -> inOut(2);
            case "easeInCubic" -> in(3);
            case "easeOutCubic" -> out(3);
            case "easeInOutCubic" -> inOut(3);
            case "easeInQuart" -> in(4);
            case "easeOutQuart" -> out(4);
            case "easeInOutQuart" -> inOut(4);
            case "easeInQuint" -> in(5);
            case "easeOutQuint" -> out(5);
            case "easeInOutQuint" -> inOut(5);
            case "sin" -> t -> 0.5 - 0.5 * Math.cos(Math.PI * t);
            default -> null;
        };
    }

    private static DoubleUnaryOperator in(int power) {
        return t -> Math.pow(t, power);
    }

    private static DoubleUnaryOperator out(int power) {
        return t -> 1 - Math.pow(1 - t, power);
    }

    private static DoubleUnaryOperator inOut(int power) {
        return t -> t < 0.5 ? Math.pow(2 * t, power) / 2 : 1 - Math.pow(2 - 2 * t, power) / 2;
    }

    static String unknown(String name) {
        return "ease('" + name + "'): unknown curve; use one of " + String.join(", ", NAMES);
    }
}
