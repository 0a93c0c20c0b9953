package latente.runtime.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.ClockSource;
import latente.runtime.clock.TimeSource;
import latente.runtime.osc.OscDecoder;
import latente.runtime.osc.OscEncoder;
import latente.runtime.osc.OscMessage;
import org.junit.jupiter.api.Test;

/** The DSL-facing facade, end to end over loopback. */
class SyncTest {
    @Test
    void oscDrivesTheClockHandlersAndSlotsAndLatenteAnnouncesBeats() throws Exception {
        ParamBus bus = new ParamBus();
        List<String> log = new ArrayList<>();
        try (Sync sync = new Sync(bus, TimeSource.SYSTEM, log::add);
             DatagramSocket daw = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            List<Object> layer = new ArrayList<>();
            sync.onMsg("/layer/*", m -> layer.add(m.address() + "=" + m.arg(0)));
            int port = sync.listen(0).port();
            sync.sync("osc");
            sync.sendTo("127.0.0.1:" + daw.getLocalPort());
            assertEquals(0.5, sync.recv("/fader/1", 0.5));
            for (OscMessage m : new OscMessage[] {OscMessage.of("/tempo", 150f), OscMessage.of("/layer/2", 7),
                    OscMessage.of("/fader/1", 0.25f)}) {
                byte[] b = OscEncoder.encode(m);
                daw.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), port));
            }
            long end = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
            while ((layer.isEmpty() || sync.recv("/fader/1", 0.5) != 0.25) && System.nanoTime() < end) {
                sync.tick();
                Thread.sleep(2);
            }
            assertEquals(List.of("/layer/2=7"), layer);
            assertEquals(0.25, sync.recv("/fader/1", 0.5));
            assertEquals(ClockSource.OSC, sync.clock().source());
            assertEquals(150, sync.clock().bpm(), 1e-9);
            sync.tick(); // a tick publishes the clock before it drains events: the bus shows the tempo one tick later
            assertEquals(150, bus.get("bpm"), 1e-9);

            sync.tempo(400);
            List<String> heard = new ArrayList<>();
            byte[] buf = new byte[256];
            sync.scene("drop");
            long deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
            while (beats(heard) < 2 && System.nanoTime() < deadline) {
                sync.tick();
                Thread.sleep(5);
                daw.setSoTimeout(1);
                try {
                    while (true) {
                        DatagramPacket p = new DatagramPacket(buf, buf.length);
                        daw.receive(p);
                        heard.add(((OscMessage) OscDecoder.decode(buf, 0, p.getLength())).describe());
                    }
                } catch (java.net.SocketTimeoutException drained) {
                    // nothing more to read this step
                }
            }
            assertTrue(beats(heard) >= 2, "beats announced: " + heard);
            assertTrue(heard.contains("/latente/scene ,s \"drop\""), String.valueOf(heard));
            assertTrue(heard.contains("/latente/tempo ,f 400.0"), String.valueOf(heard));
        }
    }

    private static long beats(List<String> heard) {
        return heard.stream().filter(s -> s.startsWith("/latente/beat ,i ")).count();
    }
}
