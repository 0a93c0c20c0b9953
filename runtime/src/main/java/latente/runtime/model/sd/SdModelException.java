package latente.runtime.model.sd;

/**
 * A Stable Diffusion directory that cannot be used: the message names the file or tensor at
 * fault, so it can be shown to the performer as is.
 */
public final class SdModelException extends Exception {
    public SdModelException(String message) {
        super(message);
    }

    public SdModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
