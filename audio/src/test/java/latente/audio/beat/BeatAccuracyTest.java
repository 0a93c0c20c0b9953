package latente.audio.beat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import latente.audio.offline.DrumSynth;
import latente.audio.synth.FMeasure;
import latente.audio.synth.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The causal beat tracker on synthesized kick/snare/hat patterns: beat F-measure (+-70 ms) of
 * 0.9 or better after the first 4 seconds, and the tempo within 2% once locked.
 */
class BeatAccuracyTest {
    private static final double RATE = 44100;
    private static final double TOLERANCE = 0.07;

    @ParameterizedTest(name = "{0} BPM, noise {1}")
    @CsvSource({"80, 0", "100, 0", "120, 0", "140, 0", "170, 0", "80, 0.1", "100, 0.1", "120, 0.1", "140, 0.1", "170, 0.1"})
    void tracksSteadyPatterns(double bpm, double noise) {
        DrumSynth s = new DrumSynth(RATE, 24).play(bpm, 24).noise(noise);
        Run r = Run.of(s.samples(), RATE);
        FMeasure f = FMeasure.of(s.beats(), r.beats, TOLERANCE, 4, 23.5);
        double tempoError = r.worstTempoError(8, 24, bpm);
        System.out.printf("beats %3.0f BPM noise %.1f: %s, worst tempo error after 8 s %.2f%%%n", bpm, noise, f, 100 * tempoError);
        assertTrue(f.value() >= 0.9, "F-measure " + f);
        assertTrue(tempoError <= 0.02, "tempo error " + tempoError);
    }

    @Test
    void followsATempoChange() {
        DrumSynth s = new DrumSynth(RATE, 26).play(120, 13).play(140, 26);
        Run r = Run.of(s.samples(), RATE);
        FMeasure f = FMeasure.of(s.beats(), r.beats, TOLERANCE, 4, 25.5);
        double before = r.worstTempoError(8, 13, 120), after = r.worstTempoError(17, 26, 140);
        System.out.printf("beats 120 -> 140 BPM at 13 s: %s, worst tempo error %.2f%% before, %.2f%% from 17 s%n", f, 100 * before, 100 * after);
        assertTrue(f.value() >= 0.9, "F-measure " + f);
        assertTrue(before <= 0.02 && after <= 0.02, "tempo error " + before + " / " + after);
    }

    @Test
    void carriesOnThroughSilentGaps() {
        DrumSynth s = new DrumSynth(RATE, 26).play(120, 10).rest(120, 12).play(120, 17).rest(120, 18.5).play(120, 26);
        Run r = Run.of(s.samples(), RATE);
        FMeasure f = FMeasure.of(s.beats(), r.beats, TOLERANCE, 4, 25.5);
        double tempoError = r.worstTempoError(8, 26, 120);
        System.out.printf("beats 120 BPM with gaps at 10-12 s and 17-18.5 s: %s, worst tempo error %.2f%%%n", f, 100 * tempoError);
        assertTrue(f.value() >= 0.9, "F-measure " + f);
        assertTrue(tempoError <= 0.02, "tempo error " + tempoError);
    }

    @ParameterizedTest(name = "house at {0} BPM")
    @CsvSource({"124", "128"})
    void tracksFourOnTheFloorOverAPad(double bpm) {
        DrumSynth s = new DrumSynth(RATE, 24).house(bpm, 24).noise(0.02);
        Run r = Run.of(s.samples(), RATE);
        FMeasure f = FMeasure.of(s.beats(), r.beats, TOLERANCE, 4, 23.5);
        double tempoError = r.worstTempoError(8, 24, bpm);
        System.out.printf("beats house %3.0f BPM over a pad: %s, worst tempo error after 8 s %.2f%%%n", bpm, f, 100 * tempoError);
        assertTrue(f.value() >= 0.9, "F-measure " + f);
        assertTrue(tempoError <= 0.02, "tempo error " + tempoError);
    }
}
