package latente.cli.audio;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import latente.audio.input.JavaSoundLine;
import latente.cli.Options;
import latente.cli.Subcommand;

/** {@code latente audio devices}: the capture devices {@code audio.input 'NAME'} can open. */
public final class AudioDevicesCommand implements Subcommand {
    @Override
    public String name() {
        return "audio devices";
    }

    @Override
    public String summary() {
        return "list audio capture devices";
    }

    @Override
    public String usage() {
        return """
                usage: latente audio devices
                  Lists the capture devices Java Sound sees. Use any part of a name with
                  audio.input 'NAME' in a set, or 'default' for the system's default.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options.parse(args, Set.of(), Set.of());
        List<String> devices;
        try {
            devices = JavaSoundLine.devices();
        } catch (RuntimeException | LinkageError e) {
            devices = List.of();
        }
        if (devices.isEmpty()) {
            out.println("no audio capture devices found (audio input will be silence; a file can be used with audio.input 'track.wav')");
            return 0;
        }
        for (String d : devices) out.println(d);
        return 0;
    }
}
