package latente.audio.input;

/**
 * Turns interleaved PCM frames into mono floats in -1..1 by averaging the channels.
 * Integer PCM of 8 (unsigned), 16, 24 and 32 bits and IEEE float of 32 and 64 bits, either byte
 * order. Stateless apart from its format; allocation-free.
 */
public final class PcmDecoder {
    private final int channels;
    private final int bytesPerSample;
    private final boolean bigEndian;
    private final boolean floating;

    public PcmDecoder(int channels, int bitsPerSample, boolean bigEndian, boolean floating) throws UnreadableAudioException {
        if (channels < 1) throw new UnreadableAudioException("audio with " + channels + " channels");
        boolean ok = floating ? bitsPerSample == 32 || bitsPerSample == 64
                : bitsPerSample == 8 || bitsPerSample == 16 || bitsPerSample == 24 || bitsPerSample == 32;
        if (!ok) throw new UnreadableAudioException("unsupported sample format: " + bitsPerSample + "-bit " + (floating ? "float" : "integer"));
        this.channels = channels;
        this.bytesPerSample = bitsPerSample / 8;
        this.bigEndian = bigEndian;
        this.floating = floating;
    }

    public int frameBytes() {
        return channels * bytesPerSample;
    }

    /** Decodes {@code frames} whole frames from {@code src} into {@code dst[offset..]}. */
    public void decode(byte[] src, int frames, float[] dst, int offset) {
        int p = 0;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(src, p);
                p += bytesPerSample;
            }
            dst[offset + f] = (float) (sum / channels);
        }
    }

    private double sample(byte[] b, int p) {
        long bits = 0;
        for (int i = 0; i < bytesPerSample; i++) {
            int at = bigEndian ? p + i : p + bytesPerSample - 1 - i;
            bits = (bits << 8) | (b[at] & 0xFF);
        }
        if (floating) {
            return bytesPerSample == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
        }
        if (bytesPerSample == 1) return ((int) bits - 128) / 128.0;
        int shift = 64 - 8 * bytesPerSample;
        long signed = (bits << shift) >> shift;
        return signed / (double) (1L << (8 * bytesPerSample - 1));
    }
}
