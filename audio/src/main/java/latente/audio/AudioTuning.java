package latente.audio;

/**
 * The performer's tuning of the analysis (Hydra's setBins/setSmooth/setCutoff/setScale and the
 * bands' attack and release), kept apart from any one {@link AudioAnalyzer} so that it survives a
 * change of input (a new sample rate means a new analyzer). Setters may be called from any thread.
 */
final class AudioTuning {
    volatile int bins = 4;
    volatile double smooth = 0.4;
    volatile double cutoff = 2;
    volatile double scale = 10;
    volatile double attack = 0.010;
    volatile double release = 0.150;

    /** Applies every setting to {@code a} (its setters are thread-safe). */
    void applyTo(AudioAnalyzer a) {
        a.bins().setBins(bins);
        a.bins().setSmooth(smooth);
        a.bins().setCutoff(cutoff);
        a.bins().setScale(scale);
        a.levels().setAttack(attack);
        a.levels().setRelease(release);
    }
}
