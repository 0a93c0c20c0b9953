package latente.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import latente.runtime.osc.OscEncoder;
import latente.runtime.osc.OscMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latente play --osc-port P}: real OSC packets reach a set's on.msg handler in the
 * running command, and {@code /latente/eval TOKEN CODE} is evaluated when {@code --eval-osc} is on. */
class PlayOscTest {
    @TempDir
    Path tmp;

    @Test
    void anOscMessageRunsTheSetsHandler() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();   // a free port number (UDP and TCP numbers are separate, this is a good guess)
        }
        Path set = tmp.resolve("osc.groovy");
        Files.writeString(set, "solid(recv('/red', 0), 0, 0).out(o0)\non.msg('/hello/*') { args -> println \"hello \" + args[0] }\n");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            try (DatagramSocket socket = new DatagramSocket()) {
                byte[] bytes = OscEncoder.encode(OscMessage.of("/hello/world", 42));
                byte[] code = OscEncoder.encode(OscMessage.of("/latente/eval", "s3cret", "solid(0, 1, 0).out(o1)"));
                while (running.get()) {
                    socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
                    socket.send(new DatagramPacket(code, code.length, InetAddress.getLoopbackAddress(), port));
                    Thread.sleep(200);
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        sender.start();
        Cli.Result r;
        try {
            r = Cli.run("play", set.toString(), "--headless", "--seconds", "4", "--port", "0", "--osc-port", String.valueOf(port),
                    "--width", "64", "--height", "36", "--eval-osc", "--eval-token", "s3cret");
        } finally {
            running.set(false);
            sender.join();
        }
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("OSC in: UDP port " + port), r.out());
        assertTrue(r.out().contains("hello 42"), r.out() + r.err());
        assertTrue(r.out().contains("osc eval: ok"), "code over OSC went through the gate with the token: " + r.out());
    }
}
