package latente.runtime.record;

/** A live-input stand-in (there is no sound card here): pushes a 440 Hz sine to the attached sink. */
final class SinePcm implements PcmSource {
    private final int rate;
    private final int channels;
    private volatile PcmSink sink;
    private long frame;

    SinePcm(int rate, int channels) {
        this.rate = rate;
        this.channels = channels;
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public void attach(PcmSink s) {
        sink = s;
    }

    @Override
    public void detach(PcmSink s) {
        if (sink == s) sink = null;
    }

    boolean attached() {
        return sink != null;
    }

    void pushBlock(int frames) {
        float[] block = new float[frames * channels];
        for (int i = 0; i < frames; i++, frame++) {
            float v = (float) (0.5 * Math.sin(2 * Math.PI * 440 * frame / rate));
            for (int c = 0; c < channels; c++) block[i * channels + c] = v;
        }
        PcmSink s = sink;
        if (s != null) s.push(block, 0, frames);
    }
}
