package latente.runtime.osc;

/** The OSC {@code m} type: a 4-byte MIDI message (port id, status, data 1, data 2). */
public record OscMidi(int port, int status, int data1, int data2) {
    public OscMidi {
        port &= 0xFF;
        status &= 0xFF;
        data1 &= 0xFF;
        data2 &= 0xFF;
    }

    @Override
    public String toString() {
        return String.format("midi[%02x %02x %02x %02x]", port, status, data1, data2);
    }
}
