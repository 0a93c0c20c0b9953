package latente.runtime.midi;

/**
 * A note event: channel 1..16, note 0..127, velocity 0..127 ({@code on} false for note off or a
 * note on with velocity 0), and when it arrived on the engine's time source.
 */
public record MidiNote(long nanos, int channel, int note, int velocity, boolean on) {}
