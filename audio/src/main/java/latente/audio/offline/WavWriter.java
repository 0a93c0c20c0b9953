package latente.audio.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes 16-bit PCM WAV files (samples in -1..1, clipped); channels are interleaved in {@code samples}. */
public final class WavWriter {
    private WavWriter() {}

    public static void write(Path file, float[] samples, int sampleRate, int channels) throws IOException {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes("ISO-8859-1")).putInt(36 + dataBytes).put("WAVE".getBytes("ISO-8859-1"));
        b.put("fmt ".getBytes("ISO-8859-1")).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(sampleRate).putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes("ISO-8859-1")).putInt(dataBytes);
        for (float s : samples) b.putShort((short) Math.round(Math.max(-1f, Math.min(1f, s)) * 32767f));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(b.array());
        }
    }
}
