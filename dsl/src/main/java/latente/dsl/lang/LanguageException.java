package latente.dsl.lang;

/** A mistake in the performer's code, with the set-file line it came from. */
public final class LanguageException extends RuntimeException {
    private final CallSite site;

    public LanguageException(String message, CallSite site) {
        super(message);
        this.site = site;
    }

    public CallSite site() {
        return site;
    }
}
