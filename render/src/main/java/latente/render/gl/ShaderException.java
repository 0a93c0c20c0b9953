package latente.render.gl;

/** The driver refused a shader; the message carries its info log. */
public final class ShaderException extends Exception {
    public ShaderException(String message) {
        super(message);
    }
}
