package latente.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import latente.audio.offline.DrumSynth;
import latente.audio.synth.FMeasure;
import latente.audio.synth.Run;
import org.junit.jupiter.api.Test;

/** Onsets of isolated drum hits are found within +-50 ms (the usual onset tolerance). */
class OnsetAccuracyTest {
    private static final double RATE = 44100;

    @Test
    void findsIsolatedHits() {
        DrumSynth s = new DrumSynth(RATE, 20).isolatedHits(19.5);
        FMeasure f = FMeasure.of(s.hits(), Run.of(s.samples(), RATE).onsets, 0.05, 0, 20);
        System.out.println("onsets, isolated hits: " + f);
        assertTrue(f.value() >= 0.95, "onset F-measure " + f);
    }

    @Test
    void findsIsolatedHitsInNoise() {
        DrumSynth s = new DrumSynth(RATE, 20).isolatedHits(19.5).noise(0.01);
        FMeasure f = FMeasure.of(s.hits(), Run.of(s.samples(), RATE).onsets, 0.05, 0, 20);
        System.out.println("onsets, isolated hits in noise (-40 dBFS): " + f);
        assertTrue(f.value() >= 0.95, "onset F-measure in noise " + f);
    }

    @Test
    void silenceHasNoOnsetsAndNoBeats() {
        Run r = Run.of(new float[(int) RATE * 5], RATE);
        assertTrue(r.onsets.isEmpty(), "onsets in silence: " + r.onsets);
        assertTrue(r.beats.isEmpty(), "beats in silence: " + r.beats);
    }
}
