package latente.audio.input;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads RIFF/WAVE files natively: PCM 8/16/24/32-bit, IEEE float 32/64-bit, and
 * WAVE_FORMAT_EXTENSIBLE wrapping either; any channel count (mixed to mono). Unknown chunks are
 * skipped. A data chunk whose size is 0 or 0xFFFFFFFF (written by a streaming encoder) is read
 * to the end of the file.
 */
public final class WavFile {
    private static final int PCM = 1, FLOAT = 3, EXTENSIBLE = 0xFFFE;

    private WavFile() {}

    /** True when the file starts with a RIFF/WAVE header. */
    public static boolean looksLikeWav(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(12);
            return head.length == 12 && new String(head, 0, 4, "ISO-8859-1").equals("RIFF")
                    && new String(head, 8, 4, "ISO-8859-1").equals("WAVE");
        }
    }

    public static PcmStreamInput open(Path file, boolean paced) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            return parse(in, file, paced);
        } catch (EOFException e) {
            in.close();
            throw new UnreadableAudioException(file + ": truncated WAV header");
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static PcmStreamInput parse(DataInputStream in, Path file, boolean paced) throws IOException {
        if (!tag(in).equals("RIFF")) throw new UnreadableAudioException(file + ": not a WAV file (no RIFF header)");
        int32(in);
        if (!tag(in).equals("WAVE")) throw new UnreadableAudioException(file + ": not a WAV file (RIFF but not WAVE)");
        int format = -1, channels = 0, rate = 0, bits = 0;
        while (true) {
            String id = tag(in);
            long size = int32(in) & 0xFFFFFFFFL;
            if (id.equals("fmt ")) {
                format = int16(in);
                channels = int16(in);
                rate = int32(in);
                int32(in);
                int16(in);
                bits = int16(in);
                long used = 16;
                if (format == EXTENSIBLE && size >= 40) {
                    int16(in);
                    int16(in);
                    int32(in);
                    format = int16(in);
                    used = 26;
                }
                skip(in, size - used + (size & 1));
            } else if (id.equals("data")) {
                if (format < 0) throw new UnreadableAudioException(file + ": WAV data before its format chunk");
                if (format != PCM && format != FLOAT) {
                    throw new UnreadableAudioException(file + ": compressed WAV (format " + format + ") is not supported natively; convert it or install ffmpeg");
                }
                if (rate <= 0) throw new UnreadableAudioException(file + ": WAV with sample rate " + rate);
                PcmDecoder decoder = new PcmDecoder(channels, bits, false, format == FLOAT);
                long length = size == 0 || size == 0xFFFFFFFFL ? -1 : size;
                String what = "file " + file.getFileName() + " (" + rate + " Hz, " + channels + " ch)";
                return new PcmStreamInput(in, decoder, rate, length, what, paced, null);
            } else {
                skip(in, size + (size & 1));
            }
        }
    }

    private static String tag(DataInputStream in) throws IOException {
        byte[] b = new byte[4];
        in.readFully(b);
        return new String(b, "ISO-8859-1");
    }

    private static int int32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static int int16(DataInputStream in) throws IOException {
        return Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
    }

    private static void skip(DataInputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) throw new EOFException();
            n -= s;
        }
    }
}
