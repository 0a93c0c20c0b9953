package latente.runtime.osc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real UDP on loopback, packets written byte by byte. */
class OscRoundTripTest {
    private final ParamBus bus = new ParamBus();
    private final List<String> log = new ArrayList<>();
    private OscIn in;
    private DatagramSocket sender;

    @BeforeEach
    void open() throws Exception {
        in = new OscIn(bus, OscInConfig.defaults().withPort(0).withBindAddress("127.0.0.1"), log::add);
        sender = new DatagramSocket();
    }

    @AfterEach
    void close() {
        in.close();
        sender.close();
    }

    private void send(byte[] packet) throws Exception {
        sender.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), in.port()));
    }

    /** Polls as the control thread would until {@code done} or 5 seconds. */
    private void pollUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            in.poll();
            Thread.sleep(1);
        }
        in.poll();
    }

    @Test
    void aMessageWithEveryTypeTagArrivesIntact() throws Exception {
        byte[] packet = new Bytes()
                .ascii("/all").zeros(4)
                .ascii(",ifs").ascii("bhdt").ascii("TFNI").ascii("crm").zeros(1)
                .hex("00 00 00 2a")                       // i 42
                .hex("3f c0 00 00")                       // f 1.5
                .ascii("hi").zeros(2)                     // s "hi"
                .hex("00 00 00 03 01 02 03 00")           // b 3 bytes + 1 pad
                .hex("00 00 00 01 00 00 00 00")           // h 2^32
                .hex("40 09 21 fb 54 44 2d 18")           // d pi
                .hex("83 aa 7e 80 80 00 00 00")           // t 1970-01-01T00:00:00.5Z
                .hex("00 00 00 41")                       // c 'A'
                .hex("ff 80 00 7f")                       // r
                .hex("00 90 3c 64")                       // m note on 60, velocity 100
                .bytes();
        List<OscMessage> got = new ArrayList<>();
        in.on("/all", got::add);
        send(packet);
        pollUntil(() -> !got.isEmpty());
        assertEquals(1, got.size());
        OscMessage m = got.get(0);
        assertEquals("ifsbhdtTFNIcrm", m.types());
        assertEquals(42, m.arg(0));
        assertEquals(1.5f, m.arg(1));
        assertEquals("hi", m.arg(2));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) m.arg(3));
        assertEquals(1L << 32, m.arg(4));
        assertEquals(Math.PI, m.arg(5));
        assertEquals(500_000_000L, ((OscTimetag) m.arg(6)).epochNanos());
        assertEquals(Boolean.TRUE, m.arg(7));
        assertEquals(Boolean.FALSE, m.arg(8));
        assertNull(m.arg(9));
        assertEquals(OscImpulse.BANG, m.arg(10));
        assertEquals('A', m.arg(11));
        OscColor c = (OscColor) m.arg(12);
        assertEquals(255, c.red());
        assertEquals(128, c.green());
        assertEquals(0, c.blue());
        assertEquals(127, c.alpha());
        assertEquals(new OscMidi(0, 0x90, 60, 100), m.arg(13));
        assertEquals(42, bus.get("osc:/all"), "first number lands in the slot");
        assertEquals(42, in.value("/all", -1));
        assertArrayEquals(packet, OscEncoder.encode(m), "our encoder writes the same bytes");
        assertEquals("no errors", in.errors().summary());
    }

    @Test
    void nestedBundlesDispatchInTimetagOrderAndLateOnesAtOnce() throws Exception {
        long now = System.currentTimeMillis();
        Bytes future = new Bytes().ascii("#bundle").zeros(1).ntp(now + 400)
                .element(new Bytes().ascii("/order/3").zeros(4).ascii(",i").zeros(2).int32(3))
                .element(new Bytes().ascii("/order/4").zeros(4).ascii(",i").zeros(2).int32(4));
        Bytes sooner = new Bytes().ascii("#bundle").zeros(1).ntp(now + 200)
                .element(new Bytes().ascii("/order/fs").zeros(3).ascii(",s").zeros(2).ascii("a").zeros(3));
        Bytes past = new Bytes().ascii("#bundle").zeros(1).ntp(now - 1000)
                .element(new Bytes().ascii("/order/2b").zeros(3).ascii(",i").zeros(2).int32(22));
        byte[] outer = new Bytes().ascii("#bundle").zeros(1).hex("00 00 00 00 00 00 00 01")
                .element(new Bytes().ascii("/order/1").zeros(4).ascii(",i").zeros(2).int32(1))
                .element(future)
                .element(new Bytes().ascii("/order/2").zeros(4).ascii(",i").zeros(2).int32(2))
                .element(past)
                .element(sooner)
                .bytes();
        List<String> order = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        in.on("/order/*", m -> {
            order.add(m.address());
            at.add(System.nanoTime());
        });
        long sent = System.nanoTime();
        send(outer);
        pollUntil(() -> order.size() == 6);
        assertEquals(List.of("/order/1", "/order/2", "/order/2b", "/order/fs", "/order/3", "/order/4"), order);
        // Immediate and late messages come at once: before the 200 ms bundle (the order above), which
        // holds however busy the machine is; only the waits below are measured, and only from below.
        assertTrue(at.get(3) - sent >= 180_000_000L, "the 200 ms bundle waits for its time: " + (at.get(3) - sent) / 1e6);
        assertTrue(at.get(4) - sent >= 380_000_000L, "the 400 ms bundle waits for its time: " + (at.get(4) - sent) / 1e6);
        assertEquals(4, bus.get("osc:/order/4"));
    }

    @Test
    void patternsMatchBothWays() throws Exception {
        List<String> hits = new ArrayList<>();
        in.on("/layer/*/opacity", m -> hits.add("wild " + m.address()));
        in.on("/layer/2/opacity", m -> hits.add("plain " + m.address()));
        send(new Bytes().ascii("/layer/1/opacity").zeros(4).ascii(",f").zeros(2).hex("3f 00 00 00").bytes());
        send(new Bytes().ascii("/layer/[2-3]/opacity").zeros(4).ascii(",f").zeros(2).hex("3f 80 00 00").bytes());
        pollUntil(() -> hits.size() == 2);
        assertEquals(List.of("wild /layer/1/opacity", "plain /layer/[2-3]/opacity"), hits);
    }

    @Test
    void slotsHoldTheLatestValueAndADefaultBeforeAnyMessage() throws Exception {
        assertEquals(0.25, in.value("/fader/1", 0.25));
        int slot = in.slot("/fader/2", 0.75);
        assertEquals(0.75, bus.get(slot));
        send(new Bytes().ascii("/fader/2").zeros(4).ascii(",f").zeros(2).hex("3e 80 00 00").bytes());
        send(new Bytes().ascii("/fader/2").zeros(4).ascii(",i").zeros(2).int32(1).bytes());
        pollUntil(() -> bus.get(slot) == 1.0);
        assertEquals(1.0, bus.get(slot));
        send(new Bytes().ascii("/fader/*").zeros(4).ascii(",T").zeros(2).bytes());
        send(new Bytes().ascii("/fader/2").zeros(4).ascii(",F").zeros(2).bytes());
        pollUntil(() -> bus.get(slot) == 0.0);
        assertEquals(0.0, bus.get(slot));
    }

    @Test
    void oscOutWritesTheSpecBytes() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             OscOut out = new OscOut("127.0.0.1", receiver.getLocalPort(), log::add)) {
            receiver.setSoTimeout(60_000);
            assertTrue(out.send("/latente/beat", 17));
            assertTrue(out.send("/x", 0.5, "ab", true, null, 3L));
            byte[] buf = new byte[512];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            receiver.receive(p);
            assertArrayEquals(new Bytes().ascii("/latente/beat").zeros(3).ascii(",i").zeros(2).int32(17).bytes(),
                    java.util.Arrays.copyOf(buf, p.getLength()));
            p.setLength(buf.length);
            receiver.receive(p);
            assertArrayEquals(new Bytes().ascii("/x").zeros(2).ascii(",fsTNh").zeros(2).hex("3f 00 00 00")
                    .ascii("ab").zeros(2).hex("00 00 00 00 00 00 00 03").bytes(), java.util.Arrays.copyOf(buf, p.getLength()));
            assertEquals(false, out.send("no-slash", 1));
            assertEquals(false, out.send("/x", new Object()));
            assertEquals(2, out.errors().get(OscError.SEND_FAILED));
            assertEquals(2, out.sent());
        }
    }
}
