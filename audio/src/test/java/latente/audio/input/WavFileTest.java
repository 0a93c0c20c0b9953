package latente.audio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.audio.offline.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileTest {
    @TempDir Path dir;

    @Test
    void readsStereo16BitMixedToMono() throws IOException {
        Path f = dir.resolve("s.wav");
        WavWriter.write(f, new float[] {0.5f, -0.5f, 0.25f, 0.75f, -1f, -1f}, 48000, 2);
        try (AudioInput in = AudioFiles.open(f, false)) {
            assertEquals(48000, in.sampleRate());
            float[] out = new float[8];
            assertEquals(3, in.read(out, 0, 8));
            assertEquals(0f, out[0], 1e-4);
            assertEquals(0.5f, out[1], 1e-4);
            assertEquals(-1f, out[2], 1e-4);
            assertEquals(-1, in.read(out, 0, 8));
        }
    }

    @Test
    void reads24BitAndFloatAndExtensible() throws IOException {
        Path pcm24 = write("p24.wav", 1, 24, 44100, 1, false, new byte[] {0, 0, 0x40, 0, 0, (byte) 0xC0});
        Path f32 = write("f32.wav", 3, 32, 44100, 1, false, floats(0.25f, -0.125f));
        Path ext = write("ext.wav", 3, 32, 44100, 1, true, floats(0.5f));
        assertEquals(0.5f, first(pcm24, 0), 1e-6);
        assertEquals(-0.5f, first(pcm24, 1), 1e-6);
        assertEquals(0.25f, first(f32, 0), 1e-7);
        assertEquals(-0.125f, first(f32, 1), 1e-7);
        assertEquals(0.5f, first(ext, 0), 1e-7);
    }

    @Test
    void rejectsBrokenFilesWithAClearMessage() throws IOException {
        Path truncated = dir.resolve("t.wav");
        Files.write(truncated, "RIFF\0\0\0\0WAVEfmt ".getBytes("ISO-8859-1"));
        UnreadableAudioException e = assertThrows(UnreadableAudioException.class, () -> WavFile.open(truncated, false));
        assertTrue(e.getMessage().contains("truncated WAV header"), e.getMessage());
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        e = assertThrows(UnreadableAudioException.class, () -> WavFile.open(text, false));
        assertTrue(e.getMessage().contains("not a WAV file"), e.getMessage());
        e = assertThrows(UnreadableAudioException.class, () -> AudioFiles.open(dir.resolve("missing.wav"), false));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    private float first(Path f, int index) throws IOException {
        try (AudioInput in = AudioFiles.open(f, false)) {
            float[] out = new float[4];
            int n = in.read(out, 0, 4);
            assertTrue(n > index);
            return out[index];
        }
    }

    private static byte[] floats(float... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        return b.array();
    }

    /** A WAV with a LIST chunk before the format, to check unknown chunks are skipped. */
    private Path write(String name, int format, int bits, int rate, int channels, boolean extensible, byte[] data) throws IOException {
        int fmtSize = extensible ? 40 : 16;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + 4 + 8 + fmtSize + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes("ISO-8859-1")).putInt(b.capacity() - 8).put("WAVE".getBytes("ISO-8859-1"));
        b.put("LIST".getBytes("ISO-8859-1")).putInt(4).put("INFO".getBytes("ISO-8859-1"));
        b.put("fmt ".getBytes("ISO-8859-1")).putInt(fmtSize).putShort((short) (extensible ? 0xFFFE : format)).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        if (extensible) {
            b.putShort((short) 22).putShort((short) bits).putInt(0).putShort((short) format);
            b.put(new byte[14]);
        }
        b.put("data".getBytes("ISO-8859-1")).putInt(data.length).put(data);
        Path f = dir.resolve(name);
        Files.write(f, b.array());
        return f;
    }
}
