package latente.runtime.record;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * A 16-bit PCM WAV file that stays readable if the process dies: the RIFF and data sizes in the
 * header are rewritten every second of audio, so a reader sees at least everything up to the last
 * rewrite (and ffmpeg reads on to the end of the file). One thread writes.
 */
public final class WavWriter implements AutoCloseable {
    private final RandomAccessFile file;
    private final int channels;
    private final int sampleRate;
    private final ByteBuffer block;
    private long dataBytes;
    private long sinceHeader;

    public WavWriter(Path path, int sampleRate, int channels) throws IOException {
        this.file = new RandomAccessFile(path.toFile(), "rw");
        file.setLength(0);
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.block = ByteBuffer.allocate(8192 * 2).order(ByteOrder.LITTLE_ENDIAN);
        writeHeader();
    }

    /** Appends {@code frames} frames of interleaved float samples (clipped to -1..1). */
    public void write(float[] interleaved, int offset, int frames) throws IOException {
        int n = frames * channels;
        for (int i = 0; i < n; i++) {
            if (!block.hasRemaining()) flushBlock();
            float s = Math.max(-1f, Math.min(1f, interleaved[offset + i]));
            block.putShort((short) Math.round(s * 32767f));
        }
        flushBlock();
        if (sinceHeader >= (long) sampleRate * channels * 2) writeHeader();
    }

    /** Appends {@code frames} frames of silence. */
    public void silence(long frames) throws IOException {
        for (long i = 0; i < frames * channels; i++) {
            if (!block.hasRemaining()) flushBlock();
            block.putShort((short) 0);
        }
        flushBlock();
    }

    private void flushBlock() throws IOException {
        block.flip();
        file.seek(44 + dataBytes);
        file.write(block.array(), 0, block.limit());
        dataBytes += block.limit();
        sinceHeader += block.limit();
        block.clear();
    }

    private void writeHeader() throws IOException {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes));
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(sampleRate).putInt(sampleRate * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
        file.seek(0);
        file.write(h.array());
        sinceHeader = 0;
    }

    public long frames() {
        return dataBytes / (2L * channels);
    }

    public double seconds() {
        return frames() / (double) sampleRate;
    }

    @Override
    public void close() throws IOException {
        try {
            writeHeader();
        } finally {
            file.close();
        }
    }
}
