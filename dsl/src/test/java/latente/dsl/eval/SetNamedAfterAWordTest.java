package latente.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SetFile;
import latente.dsl.lang.AudioValues;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set file named after a word of the language still has that word: Groovy used to name the
 * script class after the file, so inside {@code audio.groovy} the word {@code audio} was the class.
 */
class SetNamedAfterAWordTest {
    @TempDir
    Path dir;

    private EvalResult load(String fileName, String code) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, code);
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        EvalResult r = engine.load(SetFile.read(file.toString()));
        assertTrue(r.ok(), fileName + ": " + r.error());
        return r;
    }

    @Test
    void audioAndAKeepTheAudioInput() throws Exception {
        assertInstanceOf(AudioValues.class, load("audio.groovy", "osc(10).out(o0)\naudio").value());
        assertInstanceOf(AudioValues.class, load("a.groovy", "a.setBins(4)\nosc(10).out(o0)\na").value());
    }

    @Test
    void timeAndBeatKeepTheClock() throws Exception {
        assertInstanceOf(Double.class, load("time.groovy", "osc(10).out(o0)\ntime").value());
        assertInstanceOf(Double.class, load("beat.groovy", "osc(10).out(o0)\nbeat").value());
    }

    @Test
    void o1KeepsTheOutput() throws Exception {
        Path file = dir.resolve("o1.groovy");
        Files.writeString(file, "osc(10).out(o1)\nrender(o1)\n");
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        EvalResult r = engine.load(SetFile.read(file.toString()));
        assertTrue(r.ok(), r.error());
        assertNotNull(engine.scene().output(1));
        assertEquals(1, engine.scene().shown());
    }

    @Test
    void errorsStillNameTheFileAndLine() throws Exception {
        Path file = dir.resolve("audio.groovy");
        Files.writeString(file, "osc(10).out(o0)\nosc(3).rotat(1).out(o1)\n");
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        EvalResult r = engine.load(SetFile.read(file.toString()));
        assertTrue(r.error().startsWith("audio.groovy:2:8: unknown function rotat()"), r.error());
    }
}
