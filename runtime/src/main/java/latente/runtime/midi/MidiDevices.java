package latente.runtime.midi;

import java.util.List;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;

/**
 * Access to MIDI hardware: the seam between Latente and javax.sound.midi. Production uses
 * {@link JavaxMidiDevices}; tests (there is no MIDI hardware on build machines) use a fake that
 * feeds messages straight into a {@link MidiIn}, which is itself a {@link Receiver}.
 */
public interface MidiDevices {
    /** Every port, inputs and outputs; empty when the system has none. */
    List<MidiPortInfo> list();

    /**
     * Opens the first input port whose name contains {@code nameFragment} (case-insensitive)
     * and sends its messages to {@code receiver}; close the result to stop.
     */
    AutoCloseable openInput(String nameFragment, Receiver receiver) throws MidiUnavailableException;

    /** Opens the first output port whose name contains {@code nameFragment}; close it to stop. */
    Receiver openOutput(String nameFragment) throws MidiUnavailableException;
}
