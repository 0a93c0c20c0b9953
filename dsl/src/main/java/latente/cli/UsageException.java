package latente.cli;

/** Bad command-line input; {@link Main} prints the message and the usage and exits with 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
