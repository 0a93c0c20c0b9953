package latente.runtime.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

/** 100,000 random and mangled packets at the real socket; the receiver must still answer. */
class OscFuzzTest {
    private static final String TAGS = "ifsSbhdtTFNIcrmxX[]";

    @Test
    void survivesAHundredThousandBadPackets() throws Exception {
        ParamBus bus = new ParamBus();
        List<String> log = new ArrayList<>();
        Random random = new Random(20261122);
        AtomicInteger handled = new AtomicInteger();
        try (OscIn in = new OscIn(bus, OscInConfig.defaults().withPort(0).withBindAddress("127.0.0.1"), log::add);
             DatagramSocket sender = new DatagramSocket()) {
            in.on("/*", m -> {
                if (handled.incrementAndGet() % 3 == 0) throw new IllegalStateException("a handler that fails");
            });
            in.on("/{a,b,c}/*", m -> handled.incrementAndGet());
            InetAddress loopback = InetAddress.getLoopbackAddress();
            long t0 = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                byte[] p = packet(random);
                sender.send(new DatagramPacket(p, p.length, loopback, in.port()));
                if (i % 500 == 0) {
                    in.poll();
                    Thread.sleep(1); // let the receiver keep up a little; drops are allowed, not required
                }
            }
            System.out.println("fuzz sent in " + (System.nanoTime() - t0) / 1_000_000 + " ms, packets seen " + in.packets());
            byte[] alive = new Bytes().ascii("/alive").zeros(2).ascii(",i").zeros(2).int32(7).bytes();
            List<Object> answer = new ArrayList<>();
            in.on("/alive", m -> answer.add(m.arg(0)));
            long end = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
            while ((answer.isEmpty() || in.value("/alive", -1) != 7) && System.nanoTime() < end) {
                sender.send(new DatagramPacket(alive, alive.length, loopback, in.port()));
                Thread.sleep(20);
                in.poll();
            }
            System.out.println("answered after " + (System.nanoTime() - t0) / 1_000_000 + " ms; " + in.errors().summary() + " dropped=" + in.dropped());
            assertEquals(7, answer.get(0), "the receiver still answers");
            assertEquals(7, in.value("/alive", -1));
            assertTrue(in.packets() > 10_000, "packets seen: " + in.packets());
            for (OscError kind : new OscError[] {OscError.TRUNCATED, OscError.MALFORMED, OscError.UNKNOWN_TYPE,
                    OscError.BAD_ADDRESS, OscError.OVERSIZED, OscError.HANDLER_FAILED, OscError.TOO_MANY_ADDRESSES, OscError.BAD_PATTERN}) {
                assertTrue(in.errors().get(kind) > 0, kind + " not counted: " + in.errors().summary());
            }
            assertTrue(log.size() <= OscError.values().length, "one log line per kind, got " + log.size());
            assertTrue(in.messages() > 1000, "valid messages got through: " + in.messages());
            assertTrue(bus.size() <= in.config().maxAddresses() + 1, "bus stays bounded: " + bus.size());
            assertTrue(in.scheduled() <= in.config().maxScheduled());
        }
    }

    /** A random packet: noise, a mangled valid one, oversized, or a valid one. */
    private static byte[] packet(Random r) {
        switch (r.nextInt(8)) {
            case 0: {
                byte[] noise = new byte[r.nextInt(64)];
                r.nextBytes(noise);
                if (noise.length > 0 && r.nextBoolean()) noise[0] = '/';
                return noise;
            }
            case 1: {
                byte[] b = valid(r);
                for (int k = r.nextInt(4); k >= 0; k--) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            case 2: {
                byte[] b = valid(r);
                return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1) & ~(r.nextBoolean() ? 3 : 0));
            }
            case 3:
                return r.nextInt(20) == 0 ? new byte[17_000 + r.nextInt(20_000)] : valid(r);
            case 4: {
                Bytes bundle = new Bytes().ascii("#bundle").zeros(1).int32(r.nextInt()).int32(r.nextInt());
                for (int k = r.nextInt(4); k >= 0; k--) {
                    if (r.nextInt(5) == 0) bundle.int32(r.nextInt(1 << 20)).ascii("/zz").zeros(1);
                    else bundle.element(new Bytes().hex(hex(valid(r))));
                }
                return bundle.bytes();
            }
            default:
                return valid(r);
        }
    }

    /** A well-formed message with random tags (sometimes an unknown one) and a random address. */
    private static byte[] valid(Random r) {
        String address = switch (r.nextInt(5)) {
            case 0 -> "/" + (char) ('a' + r.nextInt(3)) + "/" + r.nextInt(2000);
            case 1 -> "/{a,b}/[0-9]*";
            case 2 -> "/x" + "{p,q}".repeat(r.nextInt(20));
            default -> "/" + (char) ('a' + r.nextInt(26));
        };
        StringBuilder tags = new StringBuilder(",");
        Bytes args = new Bytes();
        for (int k = r.nextInt(5); k > 0; k--) {
            char t = TAGS.charAt(r.nextInt(r.nextInt(10) == 0 ? TAGS.length() : 15));
            tags.append(t);
            switch (t) {
                case 'i', 'f', 'c', 'r', 'm' -> args.int32(r.nextInt());
                case 'h', 'd', 't' -> args.int32(r.nextInt()).int32(r.nextInt());
                case 's', 'S' -> args.ascii("s".repeat(r.nextInt(7))).zeros(4 - (0));
                case 'b' -> args.int32(r.nextBoolean() ? 4 : r.nextInt()).int32(r.nextInt());
                default -> { }
            }
        }
        Bytes b = new Bytes().ascii(address).zeros(4 - address.length() % 4);
        b.ascii(tags.toString()).zeros(4 - tags.length() % 4);
        return b.hex(hex(args.bytes())).bytes();
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xFF));
        return sb.toString();
    }
}
