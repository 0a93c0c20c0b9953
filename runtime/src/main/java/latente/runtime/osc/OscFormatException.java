package latente.runtime.osc;

/** A packet that is not valid OSC 1.0; {@link #kind()} says how, for counting. */
public final class OscFormatException extends Exception {
    private final OscError kind;

    public OscFormatException(OscError kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public OscError kind() {
        return kind;
    }
}
