package latente.render.gl;

/** The driver refused a shader; {@link #log()} is its info log, line numbers untouched. */
public final class ShaderException extends Exception {
    private final String log;

    public ShaderException(String message, String log) {
        super(message + ": " + log.strip());
        this.log = log;
    }

    public String log() {
        return log;
    }
}
