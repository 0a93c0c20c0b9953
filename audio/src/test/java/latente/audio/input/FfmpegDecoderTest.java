package latente.audio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.audio.offline.DrumSynth;
import latente.audio.offline.FileAnalysis;
import latente.audio.offline.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Non-WAV files go through the real ffmpeg (skipped where ffmpeg is not installed). */
class FfmpegDecoderTest {
    @TempDir Path dir;

    @Test
    void decodesFlacAndFindsItsTempo() throws Exception {
        Path ffmpeg = FfmpegDecoder.find();
        assumeTrue(ffmpeg != null, "ffmpeg not on PATH");
        Path wav = dir.resolve("loop.wav");
        WavWriter.write(wav, new DrumSynth(48000, 12).play(128, 12).samples(), 48000, 1);
        Path flac = dir.resolve("loop.flac");
        Process p = new ProcessBuilder(ffmpeg.toString(), "-v", "error", "-i", wav.toString(), flac.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        FileAnalysis.Report r = FileAnalysis.analyze(flac);
        assertEquals(44100, r.sampleRate());
        assertEquals(12.0, r.duration(), 0.05);
        assertEquals(128, r.tempo(), 128 * 0.02, "tempo of the FLAC loop");
        assertTrue(r.beats().size() >= 12, "beats: " + r.beats());
    }

    @Test
    void garbageGivesFfmpegsReason() throws IOException {
        assumeTrue(FfmpegDecoder.find() != null, "ffmpeg not on PATH");
        Path junk = dir.resolve("junk.mp3");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        UnreadableAudioException e = assertThrows(UnreadableAudioException.class, () -> AudioFiles.open(junk, false));
        assertTrue(e.getMessage().contains("ffmpeg could not decode"), e.getMessage());
    }
}
