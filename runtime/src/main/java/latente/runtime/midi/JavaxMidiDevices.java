package latente.runtime.midi;

import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MidiDevice;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequencer;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Transmitter;

/**
 * MIDI ports through javax.sound.midi. The JDK's own software sequencer and synthesizer are
 * left out: they are not ports a controller or a DAW can be on.
 */
public final class JavaxMidiDevices implements MidiDevices {
    @Override
    public List<MidiPortInfo> list() {
        List<MidiPortInfo> ports = new ArrayList<>();
        for (MidiDevice.Info info : MidiSystem.getMidiDeviceInfo()) {
            try {
                MidiDevice d = MidiSystem.getMidiDevice(info);
                if (d instanceof Sequencer || d instanceof Synthesizer) continue;
                boolean in = d.getMaxTransmitters() != 0;
                boolean out = d.getMaxReceivers() != 0;
                if (in || out) ports.add(new MidiPortInfo(info.getName(), info.getVendor(), info.getDescription(), in, out));
            } catch (MidiUnavailableException | RuntimeException e) {
                // A port that vanished while listing is simply not listed.
            }
        }
        return ports;
    }

    @Override
    public AutoCloseable openInput(String nameFragment, Receiver receiver) throws MidiUnavailableException {
        MidiDevice d = find(nameFragment, true);
        d.open();
        Transmitter t = d.getTransmitter();
        t.setReceiver(receiver);
        return () -> {
            t.close();
            d.close();
        };
    }

    @Override
    public Receiver openOutput(String nameFragment) throws MidiUnavailableException {
        MidiDevice d = find(nameFragment, false);
        d.open();
        Receiver r = d.getReceiver();
        return new Receiver() {
            @Override
            public void send(javax.sound.midi.MidiMessage message, long timeStamp) {
                r.send(message, timeStamp);
            }

            @Override
            public void close() {
                r.close();
                d.close();
            }
        };
    }

    private static MidiDevice find(String fragment, boolean input) throws MidiUnavailableException {
        String wanted = fragment.toLowerCase();
        for (MidiDevice.Info info : MidiSystem.getMidiDeviceInfo()) {
            if (!info.getName().toLowerCase().contains(wanted)) continue;
            MidiDevice d = MidiSystem.getMidiDevice(info);
            if (d instanceof Sequencer || d instanceof Synthesizer) continue;
            if (input ? d.getMaxTransmitters() != 0 : d.getMaxReceivers() != 0) return d;
        }
        throw new MidiUnavailableException("no MIDI " + (input ? "input" : "output") + " named like '" + fragment
                + "' (latente midi devices lists them)");
    }
}
