package latente.audio.input;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.AudioFormat;

/**
 * Live input from a {@link CaptureLine}, mixed to mono. Reads at most {@link #MAX_FRAMES} frames
 * at a time, so samples reach the analysis within a hop of being captured.
 *
 * <p>A device that vanishes either throws from {@code read} or silently returns nothing; both
 * become an {@link IOException} here (the latter after {@link #STALL_SECONDS} of nothing), which
 * the {@link latente.audio.AudioEngine} turns into one notice and silence.
 */
public final class CaptureInput implements AudioInput {
    public static final int MAX_FRAMES = 1024;
    public static final double STALL_SECONDS = 1.0;

    private final CaptureLine line;
    private final PcmDecoder decoder;
    private final double sampleRate;
    private final byte[] bytes;
    private long stalledSince = -1;

    public CaptureInput(CaptureLine line) throws UnreadableAudioException {
        this.line = line;
        AudioFormat f = line.format();
        boolean floating = f.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT);
        boolean signed = f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED);
        boolean unsigned8 = f.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED) && f.getSampleSizeInBits() == 8;
        if (!floating && !signed && !unsigned8) throw new UnreadableAudioException("device '" + line.name() + "': unsupported encoding " + f.getEncoding());
        decoder = new PcmDecoder(f.getChannels(), f.getSampleSizeInBits(), f.isBigEndian(), floating);
        sampleRate = f.getSampleRate();
        bytes = new byte[MAX_FRAMES * decoder.frameBytes()];
    }

    @Override
    public double sampleRate() {
        return sampleRate;
    }

    @Override
    public int read(float[] dst, int offset, int length) throws IOException {
        int frames = Math.min(length, MAX_FRAMES);
        int n;
        try {
            n = line.read(bytes, 0, frames * decoder.frameBytes());
        } catch (RuntimeException e) {
            throw new IOException("device '" + line.name() + "' failed: " + e.getMessage(), e);
        }
        int got = Math.max(0, n) / decoder.frameBytes();
        if (got == 0) {
            long now = System.nanoTime();
            if (stalledSince < 0) stalledSince = now;
            if (now - stalledSince > STALL_SECONDS * 1e9) throw new IOException("device '" + line.name() + "' stopped delivering audio");
            // A stalled line returns at once: wait a little rather than spin, and report no samples yet.
            LockSupport.parkNanos(2_000_000);
            return 0;
        }
        stalledSince = -1;
        decoder.decode(bytes, got, dst, offset);
        return got;
    }

    @Override
    public String describe() {
        return "device '" + line.name() + "' (" + (int) sampleRate + " Hz)";
    }

    @Override
    public void close() {
        line.close();
    }
}
