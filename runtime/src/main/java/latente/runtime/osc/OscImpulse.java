package latente.runtime.osc;

/** The OSC {@code I} type ("impulse", also "infinitum"): an argument with no data, a bang. */
public enum OscImpulse {
    BANG;

    @Override
    public String toString() {
        return "bang";
    }
}
