package latente.cli.sync;

import java.io.PrintStream;
import java.util.List;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.midi.JavaxMidiDevices;
import latente.runtime.midi.MidiDevices;
import latente.runtime.midi.MidiPortInfo;

/** {@code latente midi devices}: lists MIDI ports (javax.sound.midi). */
public final class MidiDevicesCommand implements Subcommand {
    private final MidiDevices devices;

    public MidiDevicesCommand() {
        this(new JavaxMidiDevices());
    }

    public MidiDevicesCommand(MidiDevices devices) {
        this.devices = devices;
    }

    @Override
    public String name() {
        return "midi devices";
    }

    @Override
    public String summary() {
        return "list MIDI input and output ports";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente midi devices",
                "Lists the MIDI ports Java sees; a set opens one by any part of its name.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!args.isEmpty()) throw new UsageException("unexpected argument '" + args.get(0) + "'");
        List<MidiPortInfo> ports;
        try {
            ports = devices.list();
        } catch (RuntimeException e) {
            out.println("no MIDI devices (the MIDI system is not available: " + e.getMessage() + ")");
            return 0;
        }
        if (ports.isEmpty()) {
            out.println("no MIDI devices found (connect a controller, or on Linux check that ALSA sees it: aconnect -l)");
            return 0;
        }
        for (MidiPortInfo p : ports) out.println(p.describe());
        return 0;
    }
}
