package latente.runtime.midi;

/** A controller: channel 1..16 and number 0..127 (what MIDI learn returns). */
public record MidiCc(int channel, int number) {
    /** The bus slot holding its value, 0..1. */
    public String slotName() {
        return "midi:cc:" + channel + ":" + number;
    }
}
