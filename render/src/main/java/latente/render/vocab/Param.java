package latente.render.vocab;

/**
 * One input of a vocabulary function.
 *
 * @param type         "float" for numbers and live values, "sampler2D" for a picture input (an
 *                     output, a source or a nested chain)
 * @param defaultValue used when the call leaves the argument out (Hydra's default)
 */
public record Param(String name, String type, double defaultValue) {
    public static Param f(String name, double defaultValue) {
        return new Param(name, "float", defaultValue);
    }

    public static Param tex(String name) {
        return new Param(name, "sampler2D", Double.NaN);
    }

    public boolean isTexture() {
        return type.equals("sampler2D");
    }
}
