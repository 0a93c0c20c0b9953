package latente.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latente.audio.AudioAnalyzer;
import latente.audio.AudioEvents;
import org.junit.jupiter.api.Test;

class LevelsTest {
    private static final double RATE = 44100;

    private static AudioAnalyzer play(AudioAnalyzer a, double hz, double amp, double seconds) {
        float[] x = new float[(int) (RATE * seconds)];
        for (int i = 0; i < x.length; i++) x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / RATE));
        for (int off = 0; off + Spectrum.HOP <= x.length; off += Spectrum.HOP) a.process(x, off);
        return a;
    }

    @Test
    void aBassToneIsBassAndNotHigh() {
        Levels l = play(new AudioAnalyzer(RATE, AudioEvents.NONE), 60, 0.5, 1).levels();
        assertTrue(l.level(Levels.BASS) > 0.9, "bass " + l.level(Levels.BASS));
        assertTrue(l.level(Levels.ENERGY) > 0.9);
        assertTrue(l.level(Levels.HIGH) < 0.05, "high " + l.level(Levels.HIGH));
    }

    @Test
    void automaticGainBringsAQuietInputUpAndSilenceToZero() {
        AudioAnalyzer a = new AudioAnalyzer(RATE, AudioEvents.NONE);
        play(a, 2000, 0.02, 1);
        assertTrue(a.levels().level(Levels.MID) > 0.9, "a -34 dB tone reads near 1: " + a.levels().level(Levels.MID));
        play(a, 2000, 0, 1);
        assertEquals(0, a.levels().level(Levels.MID), 0.01, "release to silence");
    }

    @Test
    void releaseIsSlowerThanAttack() {
        AudioAnalyzer a = new AudioAnalyzer(RATE, AudioEvents.NONE);
        play(a, 100, 0.5, 0.5);
        play(a, 100, 0, 0.1);
        double released = a.levels().level(Levels.BASS);
        assertTrue(released > 0.2 && released < 0.9, "150 ms release, 0.1 s into silence: " + released);
        AudioAnalyzer b = new AudioAnalyzer(RATE, AudioEvents.NONE);
        b.levels().setRelease(0);
        play(b, 100, 0.5, 0.5);
        play(b, 100, 0, 0.1);
        assertTrue(b.levels().level(Levels.BASS) < 0.05, "no release: " + b.levels().level(Levels.BASS));
    }
}
