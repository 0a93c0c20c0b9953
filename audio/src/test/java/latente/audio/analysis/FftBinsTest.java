package latente.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latente.audio.AudioAnalyzer;
import latente.audio.AudioEvents;
import org.junit.jupiter.api.Test;

/** Hydra's a.fft semantics: log-spaced bins, setBins, setSmooth, setCutoff, setScale. */
class FftBinsTest {
    private static final double RATE = 44100;

    private static float[] sine(double hz, double amp, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / RATE));
        return x;
    }

    private static AudioAnalyzer fed(AudioAnalyzer a, float[] x) {
        for (int off = 0; off + Spectrum.HOP <= x.length; off += Spectrum.HOP) a.process(x, off);
        return a;
    }

    @Test
    void aToneLightsOnlyItsBin() {
        AudioAnalyzer a = fed(new AudioAnalyzer(RATE, AudioEvents.NONE), sine(1000, 0.5, 44100));
        FftBins b = a.bins();
        assertEquals(4, b.updatedBins(), "Hydra's default is 4 bins");
        // 4 log-spaced bins from 20 Hz to 16 kHz: edges 20, 107, 566, 3009, 16000 Hz; 1 kHz is bin 2.
        assertTrue(b.value(2) > 0.6, "bin 2 " + b.value(2));
        assertEquals(0, b.value(0));
        assertEquals(0, b.value(3));
        assertTrue(b.raw(2) > 8 && b.raw(2) < 16, "raw loudness of a -6 dB sine: " + b.raw(2));
    }

    @Test
    void setBinsCutoffAndScaleChangeWhatIsRead() {
        AudioAnalyzer a = new AudioAnalyzer(RATE, AudioEvents.NONE);
        a.bins().setBins(8);
        fed(a, sine(1000, 0.5, 22050));
        assertEquals(8, a.bins().updatedBins());
        int lit = 0;
        for (int i = 0; i < 8; i++) if (a.bins().value(i) > 0.5) lit++;
        assertEquals(1, lit, "one of 8 bins holds the tone");
        double raw = 0;
        for (int i = 0; i < 8; i++) raw = Math.max(raw, a.bins().raw(i));
        a.bins().setCutoff(raw + 1);
        fed(a, sine(1000, 0.5, 22050));
        for (int i = 0; i < 8; i++) assertEquals(0, a.bins().value(i), "everything under the cutoff reads 0");
        a.bins().setCutoff(0);
        a.bins().setScale(raw * 4);
        fed(a, sine(1000, 0.5, 22050));
        double max = 0;
        for (int i = 0; i < 8; i++) max = Math.max(max, a.bins().value(i));
        assertEquals(0.25, max, 0.03, "raw / scale");
    }

    @Test
    void smoothingSlowsTheRise() {
        AudioAnalyzer fast = new AudioAnalyzer(RATE, AudioEvents.NONE);
        AudioAnalyzer slow = new AudioAnalyzer(RATE, AudioEvents.NONE);
        fast.bins().setSmooth(0);
        slow.bins().setSmooth(0.95);
        float[] x = sine(1000, 0.5, 8 * Spectrum.HOP);
        fed(fast, x);
        fed(slow, x);
        assertTrue(fast.bins().value(2) > 0.6, "unsmoothed: " + fast.bins().value(2));
        assertTrue(slow.bins().value(2) < 0.3, "smoothed: " + slow.bins().value(2));
    }
}
