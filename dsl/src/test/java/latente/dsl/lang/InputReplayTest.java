package latente.dsl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import latente.dsl.engine.LogReplay;
import latente.dsl.engine.OfflineRender;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import latente.runtime.log.LogClock;
import latente.runtime.log.LogEvent;
import latente.runtime.log.PerformanceLog;
import latente.runtime.osc.OscEncoder;
import latente.runtime.osc.OscMessage;
import latente.runtime.record.FrameWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OSC messages and taps go into the performance log, and a replay re-fires on.msg handlers. */
class InputReplayTest {
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    @Test
    void oscMessagesAndTapsAreLogged(@TempDir Path dir) throws Exception {
        Path logFile = dir.resolve("show.log.jsonl");
        try (OfflineRender r = Shows.offline(16, 16, new PrintStream(messages, true, StandardCharsets.UTF_8));
             DatagramSocket socket = new DatagramSocket()) {
            PerformanceLog log = PerformanceLog.open(logFile, LogClock.wall(System.nanoTime(), 30), Map.of(), r.engine().messages());
            r.engine().log(log);
            int port = r.engine().sync().listen(0).port();
            assertTrue(r.engine().evaluateSet("solid(recv('/red', 0), 0, 0).out(o0)", "set.groovy").ok());
            byte[] packet = OscEncoder.encode(OscMessage.of("/red", 1.0f));
            socket.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), port));
            int[] frame = {0};
            // Draws until the value arrives (the OSC thread's pace, not a guessed one).
            Await.until(() -> (r.drawFrame(frame[0]++ / 30.0).get(0) & 0xff) == 255, () -> "the OSC value never reached the picture");
            // The value reaches the bus from the OSC thread; the message is logged when the control
            // step drains it, which may come a step later: wait for the line (the log flushes each one).
            Await.until(() -> {
                r.drawFrame(frame[0]++ / 30.0);
                try {
                    return Files.readString(logFile).contains("\"address\":\"/red\"");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, () -> "the OSC message was never logged");
            assertTrue(r.engine().evaluateBlock("tap()", "repl").ok());
            log.close();
        }
        String lines = Files.readString(logFile);
        assertTrue(lines.contains("\"type\":\"osc\"") && lines.contains("\"address\":\"/red\""), lines);
        assertTrue(lines.contains("\"type\":\"tap\""), lines);
    }

    @Test
    void replayReFiresOnMsgHandlersAndWritesTheValues() throws Exception {
        List<LogEvent> events = List.of(
                new LogEvent(LogEvent.START, 0, 0, Map.of("fps", 10.0, "bpm", 120.0)),
                new LogEvent(LogEvent.EVAL, 0, 0, Map.of("origin", "set.groovy", "whole", true, "ok", true, "code",
                        "hits = 0\non.msg('/hit/*') { args -> hits += args[0] }\nsolid(recv('/red', 0), 0, 0).out(o0)")),
                new LogEvent(LogEvent.OSC, 0.5, 5, Map.of("address", "/hit/1", "args", List.of(2L))),
                new LogEvent(LogEvent.OSC, 0.5, 5, Map.of("address", "/red", "args", List.of(1.0))),
                new LogEvent(LogEvent.STOP, 1.0, 10, Map.of()));
        int[] lastRed = new int[1];
        FrameWriter writer = new FrameWriter() {
            @Override
            public void write(ByteBuffer rgba) {
                lastRed[0] = rgba.get(0) & 0xff;
            }

            @Override
            public String finish() {
                return "";
            }
        };
        try (OfflineRender r = Shows.offline(16, 16, new PrintStream(messages, true, StandardCharsets.UTF_8))) {
            new LogReplay(events, new PrintStream(messages, true, StandardCharsets.UTF_8)).render(r, 10, 10, writer, null);
            assertEquals(255, lastRed[0], "the logged OSC value is in its slot");
            assertEquals(2L, ((Number) r.engine().evaluateBlock("hits", "repl").value()).longValue(), "the handler ran once with the logged argument");
        }
    }
}
