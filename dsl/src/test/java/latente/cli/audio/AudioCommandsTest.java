package latente.cli.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latente.audio.offline.DrumSynth;
import latente.audio.offline.WavWriter;
import latente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audio subcommands, run in-process through the real command line. */
class AudioCommandsTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path loop(double bpm, double seconds) throws Exception {
        Path wav = dir.resolve("loop.wav");
        WavWriter.write(wav, new DrumSynth(44100, seconds).play(bpm, seconds).samples(), 44100, 1);
        return wav;
    }

    @Test
    void analyzePrintsTempoBeatsAndOnsets() throws Exception {
        Path wav = loop(110, 15);
        assertEquals(0, run("analyze", wav.toString()), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        Matcher tempo = Pattern.compile("tempo: ([0-9.]+) BPM").matcher(text);
        assertTrue(tempo.find(), text);
        assertEquals(110, Double.parseDouble(tempo.group(1)), 2.2);
        Matcher beats = Pattern.compile("beats: (\\d+)\\n((?:[0-9.]+\\n)+)onsets: (\\d+)").matcher(text);
        assertTrue(beats.find(), text);
        String[] times = beats.group(2).trim().split("\n");
        assertEquals(Integer.parseInt(beats.group(1)), times.length);
        double last = Double.parseDouble(times[times.length - 1]);
        double gap = last - Double.parseDouble(times[times.length - 2]);
        assertEquals(60.0 / 110, gap, 0.03, "beat spacing at the end");
        assertTrue(Integer.parseInt(beats.group(3)) >= 40, "onsets: kicks, snares and hats");
    }

    @Test
    void analyzeJson() throws Exception {
        Path wav = loop(140, 10);
        assertEquals(0, run("analyze", wav.toString(), "--json"), err.toString());
        String json = out.toString(StandardCharsets.UTF_8).trim();
        assertTrue(json.startsWith("{\"file\": \"") && json.endsWith("]}"), json);
        Matcher tempo = Pattern.compile("\"tempo\": ([0-9.]+)").matcher(json);
        assertTrue(tempo.find());
        assertEquals(140, Double.parseDouble(tempo.group(1)), 2.8);
        assertTrue(Pattern.compile("\"beats\": \\[[0-9]+\\.[0-9]{3}(, [0-9]+\\.[0-9]{3})+\\]").matcher(json).find(), json);
    }

    @Test
    void unreadableFilesExitWith2AndSayWhy() throws Exception {
        assertEquals(2, run("analyze", dir.resolve("nope.wav").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
        Path bad = dir.resolve("bad.wav");
        Files.writeString(bad, "RIFF....WAVEjunk");
        err.reset();
        assertEquals(2, run("analyze", bad.toString()));
        assertTrue(err.toString().contains("bad.wav"), err.toString());
        err.reset();
        assertEquals(2, run("analyze"));
        assertTrue(err.toString().contains("FILE"), err.toString());
    }

    @Test
    void devicesListsOrSaysThereAreNone() {
        assertEquals(0, run("audio", "devices"));
        assertTrue(!out.toString().isBlank());
    }
}
