package latente.runtime.model;

/** A model could not be loaded or run; the message names the file or tensor at fault. */
public final class ModelException extends Exception {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
