package latente.dsl.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import latente.bench.live.PixelProbe;
import latente.dsl.engine.Engine;
import latente.dsl.testing.Await;
import latente.dsl.wiring.Shows;
import latente.runtime.osc.OscEncoder;
import latente.runtime.osc.OscMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A headless live show driven by real OSC packets over loopback UDP: {@code recv} is a live
 * argument the render thread reads every frame, {@code on.msg} handlers run on the control thread
 * and change the picture, and {@code /latente/cue} cues a scene.
 */
class OscInputTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Engine engine;
    private LiveShow show;
    private PixelProbe probe;
    private DatagramSocket socket;
    private int port;

    @BeforeEach
    void start() throws Exception {
        engine = Shows.engine(new PrintStream(log, true, StandardCharsets.UTF_8));
        show = LiveShow.start(engine, LiveShow.Settings.headless(32, 32, 60));
        port = engine.sync().listen(0).port();
        probe = new PixelProbe(16, 16);
        show.render().addListener(probe);
        socket = new DatagramSocket();
    }

    @AfterEach
    void stop() throws Exception {
        socket.close();
        show.close();
    }

    private void send(String address, Object... args) throws Exception {
        byte[] bytes = OscEncoder.encode(OscMessage.of(address, args));
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
    }

    private void waitFor(int rgb) throws InterruptedException {
        probe.expect(rgb, 3);
        long until = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (probe.seenNanos() == 0 && System.nanoTime() < until) Thread.sleep(5);
        assertEquals(String.format("%06x", rgb), String.format("%06x", probe.last()), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void recvIsALiveArgumentAndOnMsgRunsOnEachMessage() throws Exception {
        assertTrue(engine.evaluateSet("""
                solid(recv('/red', 0), 0, 0).out(o0)
                on.msg('/layer/*') { args -> if (args[0] > 0) solid(0, 0, 1).out(o0) }
                scene('green') { solid(0, 1, 0).out(o0) }
                """, "osc.groovy").ok());
        waitFor(0x000000);
        send("/red", 1.0f);
        waitFor(0xff0000);
        send("/red", 0.5f);
        waitFor(0x800000);
        send("/layer/2", 1);
        waitFor(0x0000ff);
        send("/latente/cue", "green");
        waitFor(0x00ff00);
    }

    @Test
    void aThrowingHandlerIsReportedOnceAndOscKeepsWorking() throws Exception {
        assertTrue(engine.evaluateSet("""
                on.msg('/bad') { throw new IllegalStateException('broken handler') }
                solid(recv('/red', 0), 0, 0).out(o0)
                """, "osc.groovy").ok());
        for (int i = 0; i < 3; i++) send("/bad", 1);
        send("/red", 1.0f);
        waitFor(0xff0000);
        // The /bad packets came first on the same socket; their one report goes through the cue thread.
        Await.until(() -> log.toString(StandardCharsets.UTF_8).contains("broken handler"), () -> log.toString(StandardCharsets.UTF_8));
        String messages = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, messages.split("broken handler", -1).length - 1, messages);
        assertTrue(show.control().ticks() > 0);
    }

    @Test
    void codeOverOscNeverLeavesItsTokenInThePerformanceLog(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("show.log.jsonl");
        latente.runtime.log.PerformanceLog performance = latente.runtime.log.PerformanceLog.open(file,
                latente.runtime.log.LogClock.wall(System.nanoTime(), 30), java.util.Map.of(), engine.messages());
        engine.log(performance);
        send("/latente/eval", "s3cret-token", "osc().out(o1)");
        send("/after", 1);
        long until = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (!java.nio.file.Files.readString(file).contains("/after") && System.nanoTime() < until) Thread.sleep(5);
        engine.log(null);
        performance.close();
        String written = java.nio.file.Files.readString(file);
        assertTrue(written.contains("/after"), written);
        assertTrue(!written.contains("s3cret-token"), written);
    }
}
