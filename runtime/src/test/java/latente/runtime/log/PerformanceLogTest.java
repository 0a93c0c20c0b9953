package latente.runtime.log;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import latente.runtime.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceLogTest {
    @TempDir
    Path dir;
    final PrintStream messages = new PrintStream(new ByteArrayOutputStream(), true);

    /** A clock the test moves by hand: seconds = frame / 30. */
    static final class ManualClock implements LogClock {
        final AtomicLong frame = new AtomicLong();

        @Override
        public double seconds() {
            return frame.get() / 30.0;
        }

        @Override
        public long frame() {
            return frame.get();
        }
    }

    @Test
    void everyEventIsALineOnDiskBeforeTheLogCloses() throws Exception {
        Path file = dir.resolve("show.log.jsonl");
        ManualClock clock = new ManualClock();
        PerformanceLog log = PerformanceLog.open(file, clock, Map.of("fps", 30.0), messages);
        clock.frame.set(45);
        log.eval("set.groovy", "osc(10).out(o0)\nrender(o0) // \"quoted\"", true, true);
        clock.frame.set(60);
        log.tempo(128, "tap");
        log.osc("/fader/1", List.of(0.25, "x", 3));
        log.midi(0xB0, 7, 100);
        log.audio(new String[] {"audio:bass", "audio:mid"}, new double[] {0.5, 0.125});
        log.seed("garden", 7);
        long deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (Files.readAllLines(file).size() < 7 && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(7, Files.readAllLines(file).size(), "flushed as it happens, without closing");

        List<LogEvent> events = LogReader.read(file);
        assertEquals(LogEvent.START, events.get(0).type());
        assertEquals(30.0, events.get(0).number("fps", 0));
        LogEvent eval = events.get(1);
        assertEquals("osc(10).out(o0)\nrender(o0) // \"quoted\"", eval.string("code"));
        assertEquals(1.5, eval.t(), 1e-12);
        assertEquals(45, eval.frame());
        assertTrue(eval.flag("whole"));
        assertEquals(128.0, events.get(2).number("bpm", 0));
        assertEquals(List.of(0.25, "x", 3L), events.get(3).list("args"));
        assertEquals(7L, events.get(4).fields().get("data1"));
        assertEquals(0.125, ((Number) events.get(5).map("values").get("audio:mid")).doubleValue());
        log.close();
        assertEquals(LogEvent.STOP, LogReader.read(file).get(8 - 1).type());
    }

    @Test
    void aLineCutByAKillIsSkippedAndALaterShowWins() throws Exception {
        Path file = dir.resolve("cut.jsonl");
        Files.writeString(file, "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":30}\n"
                + "{\"type\":\"tempo\",\"t\":1.0,\"frame\":30,\"bpm\":90.0}\n"
                + "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":60}\n"
                + "{\"type\":\"tempo\",\"t\":2.0,\"frame\":120,\"bpm\":100.0}\n"
                + "{\"type\":\"eval\",\"t\":2.5,\"fra");
        List<LogEvent> events = LogReader.read(file);
        assertEquals(2, events.size());
        assertEquals(60.0, events.get(0).number("fps", 0));
        assertEquals(100.0, events.get(1).number("bpm", 0));
    }

    @Test
    void aBrokenLineInTheMiddleNamesItsLineNumber() throws Exception {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"type\":\"start\",\"t\":0.0,\"frame\":0}\nnot json\n{\"type\":\"stop\",\"t\":1.0,\"frame\":30}\n");
        Exception e = assertThrows(java.io.IOException.class, () -> LogReader.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anOffLogAcceptsEventsAndWritesNothing() {
        PerformanceLog.OFF.eval("x", "y", false, true);
        PerformanceLog.OFF.close();
        assertFalse(PerformanceLog.OFF.enabled());
    }

    @Test
    void jsonRoundTripsStringsAndNumbersExactly() {
        String line = Json.write(Map.of("s", "tab\there \u0001 é", "d", 0.1 + 0.2, "n", List.of(1.0, -2.5e-7), "nan", Double.NaN));
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) Json.parse(line);
        assertEquals("tab\there \u0001 é", back.get("s"));
        assertEquals(0.1 + 0.2, back.get("d"));
        assertEquals(List.of(1.0, -2.5e-7), back.get("n"));
        assertTrue(back.containsKey("nan") && back.get("nan") == null, "JSON has no NaN: it is written as null");
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1} trailing"));
    }
}
