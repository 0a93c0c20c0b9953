package latente.audio.input;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * A real capture line through Java Sound. Opened with a buffer of {@link CaptureInput#MAX_FRAMES}
 * frames (Java Sound's default is about half a second, far too late for visuals), at 48 or 44.1
 * kHz, 16-bit, stereo or mono, whichever the device accepts first.
 */
public final class JavaSoundLine implements CaptureLine {
    private static final float[] RATES = {48000f, 44100f};
    private static final int[] CHANNELS = {2, 1};

    private final TargetDataLine line;
    private final String name;

    private JavaSoundLine(TargetDataLine line, String name) {
        this.line = line;
        this.name = name;
    }

    /** Names of the mixers that can capture, in Java Sound's order. */
    public static List<String> devices() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            try {
                Mixer m = AudioSystem.getMixer(info);
                if (m.getTargetLineInfo().length > 0 && m.isLineSupported(new DataLine.Info(TargetDataLine.class, null))) {
                    names.add(info.getName());
                }
            } catch (RuntimeException ignored) {
                // a mixer that cannot even be queried is not usable
            }
        }
        return names;
    }

    /**
     * Opens the first capture device whose name contains {@code device} (case-insensitive), or the
     * system default when {@code device} is null, empty or "default".
     */
    public static JavaSoundLine open(String device) throws UnreadableAudioException {
        boolean any = device == null || device.isBlank() || device.equalsIgnoreCase("default");
        String lastError = "no capture device";
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (!any && !info.getName().toLowerCase().contains(device.toLowerCase())) continue;
            Mixer mixer;
            try {
                mixer = AudioSystem.getMixer(info);
            } catch (RuntimeException e) {
                continue;
            }
            for (float rate : RATES) {
                for (int ch : CHANNELS) {
                    AudioFormat format = new AudioFormat(rate, 16, ch, true, false);
                    DataLine.Info want = new DataLine.Info(TargetDataLine.class, format);
                    if (!mixer.isLineSupported(want)) continue;
                    try {
                        TargetDataLine line = (TargetDataLine) mixer.getLine(want);
                        line.open(format, CaptureInput.MAX_FRAMES * format.getFrameSize());
                        line.start();
                        return new JavaSoundLine(line, info.getName());
                    } catch (LineUnavailableException | RuntimeException e) {
                        lastError = "device '" + info.getName() + "' is busy or unavailable (" + e.getMessage() + ")";
                    }
                }
            }
        }
        if (any) throw new UnreadableAudioException("no audio capture device available (" + lastError + ")");
        throw new UnreadableAudioException("no capture device matching '" + device + "' (" + lastError + "); 'latente audio devices' lists them");
    }

    @Override
    public AudioFormat format() {
        return line.getFormat();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return line.read(buffer, offset, length);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
