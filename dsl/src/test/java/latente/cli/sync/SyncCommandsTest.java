package latente.cli.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.midi.Receiver;
import latente.cli.Main;
import latente.runtime.midi.MidiDevices;
import latente.runtime.midi.MidiPortInfo;
import latente.runtime.osc.OscEncoder;
import latente.runtime.osc.OscMessage;
import org.junit.jupiter.api.Test;

class SyncCommandsTest {
    private final WatchedOutput out = new WatchedOutput();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oscSendWritesTheMessageToTheSocket() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(60_000);
            assertEquals(0, run("osc", "send", "127.0.0.1:" + receiver.getLocalPort(), "/fader/1", "0.5", "7", "go", "d:2"));
            byte[] buf = new byte[256];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            receiver.receive(p);
            OscMessage expected = new OscMessage("/fader/1", "fisd", Arrays.asList(0.5f, 7, "go", 2.0));
            assertArrayEquals(OscEncoder.encode(expected), Arrays.copyOf(buf, p.getLength()));
            assertTrue(out().contains("sent /fader/1 ,fisd 0.5 7 \"go\" 2.0"), out());
        }
        assertEquals(2, run("osc", "send", "127.0.0.1:9", "nope"));
        assertEquals(2, run("osc", "send", "127.0.0.1"));
        assertEquals(2, run("osc", "send", "localhost:x", "/a"));
    }

    @Test
    void oscMonitorPrintsTrafficAndBadPacketCounts() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        AtomicInteger code = new AtomicInteger(-1);
        Thread monitor = new Thread(() -> code.set(run("osc", "monitor", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--count", "2", "--seconds", "600")));
        monitor.start();
        // Send only once the monitor's socket is bound (it says so): a packet sent earlier is lost,
        // and a lost malformed packet let the two good ones end the monitor before any error.
        assertTrue(out.await("listening for OSC on", 60_000), "the monitor never started: " + err.toString(StandardCharsets.UTF_8));
        try (DatagramSocket sender = new DatagramSocket()) {
            byte[] bad = {'/', 'x', 0, 0, ',', 'q', 0, 0};
            byte[] fader = OscEncoder.encode(OscMessage.of("/fader/1", 0.5f));
            byte[] layer = OscEncoder.encode(OscMessage.of("/layer/2", "on", 3));
            // In order on one socket: the malformed packet is read before the messages that end the monitor.
            for (byte[] b : new byte[][] {bad, fader, layer}) {
                sender.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), port));
            }
            monitor.join();
        }
        assertEquals(0, code.get(), err.toString(StandardCharsets.UTF_8));
        String text = out();
        assertTrue(text.contains("listening for OSC on 127.0.0.1:" + port), text);
        assertTrue(text.contains("/fader/1 ,f 0.5"), text);
        assertTrue(text.contains("/layer/2 ,si \"on\" 3"), text);
        assertTrue(text.contains("errors: unknown_type="), text);
        assertTrue(text.contains("2 messages; unknown_type="), text);
    }

    @Test
    void midiDevicesSaysClearlyWhenThereAreNone() throws Exception {
        assertEquals(0, new MidiDevicesCommand(fake(List.of())).run(List.of(), new PrintStream(out), System.err));
        assertTrue(out().startsWith("no MIDI devices found"), out());
        out.reset();
        List<MidiPortInfo> ports = List.of(new MidiPortInfo("nanoKONTROL2", "KORG", "nanoKONTROL2 MIDI 1", true, true),
                new MidiPortInfo("Launchpad", "Novation", "", true, false));
        assertEquals(0, new MidiDevicesCommand(fake(ports)).run(List.of(), new PrintStream(out), System.err));
        assertEquals("in/out nanoKONTROL2  (nanoKONTROL2 MIDI 1)\nin     Launchpad\n", out().replace("\r", ""));
        assertEquals(0, run("midi", "devices"), "the real javax listing works with or without hardware");
    }

    private static MidiDevices fake(List<MidiPortInfo> ports) {
        return new MidiDevices() {
            @Override
            public List<MidiPortInfo> list() {
                return ports;
            }

            @Override
            public AutoCloseable openInput(String nameFragment, Receiver receiver) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Receiver openOutput(String nameFragment) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
