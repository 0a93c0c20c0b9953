package latente.runtime.midi;

import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;

/** A controller that exists only in tests: "plays" messages into whatever opened its input. */
final class FakeMidiDevices implements MidiDevices {
    final List<MidiPortInfo> ports = new ArrayList<>();
    final List<MidiMessage> sentToOutput = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Receiver connected;

    FakeMidiDevices with(MidiPortInfo port) {
        ports.add(port);
        return this;
    }

    @Override
    public List<MidiPortInfo> list() {
        return ports;
    }

    @Override
    public AutoCloseable openInput(String nameFragment, Receiver receiver) throws MidiUnavailableException {
        for (MidiPortInfo p : ports) {
            if (p.input() && p.name().toLowerCase().contains(nameFragment.toLowerCase())) {
                connected = receiver;
                return () -> connected = null;
            }
        }
        throw new MidiUnavailableException("no MIDI input named like '" + nameFragment + "'");
    }

    @Override
    public Receiver openOutput(String nameFragment) {
        return new Receiver() {
            @Override
            public void send(MidiMessage message, long timeStamp) {
                sentToOutput.add(message);
            }

            @Override
            public void close() {}
        };
    }

    /** The device sends a message with one status byte and data bytes. */
    void play(int status, int... data) {
        try {
            ShortMessage m = new ShortMessage();
            if (data.length == 0) m.setMessage(status);
            else m.setMessage(status, data[0], data.length > 1 ? data[1] : 0);
            connected.send(m, -1);
        } catch (InvalidMidiDataException e) {
            throw new AssertionError(e);
        }
    }
}
