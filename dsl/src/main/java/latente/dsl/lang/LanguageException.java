package latente.dsl.lang;

/**
 * A mistake in the performer's code, with the set-file line it came from and, when known, the
 * word at fault (so the message can put a caret under it even inside a chain spread over lines).
 */
public final class LanguageException extends RuntimeException {
    private final CallSite site;
    private final String word;

    public LanguageException(String message, CallSite site) {
        this(message, site, null);
    }

    public LanguageException(String message, CallSite site, String word) {
        super(message);
        this.site = site;
        this.word = word;
    }

    public CallSite site() {
        return site;
    }

    /** The identifier the message is about, or null. */
    public String word() {
        return word;
    }
}
