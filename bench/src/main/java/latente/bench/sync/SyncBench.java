package latente.bench.sync;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Arrays;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.Clock;
import latente.runtime.clock.TimeSource;
import latente.runtime.osc.AddressPattern;
import latente.runtime.osc.OscEncoder;
import latente.runtime.osc.OscIn;
import latente.runtime.osc.OscInConfig;
import latente.runtime.osc.OscMessage;

/** The measurements behind {@code latente bench sync}; each returns figures, the command prints them. */
final class SyncBench {
    record Latency(double p50Micros, double p99Micros, double maxMicros, int samples, int lost) {}

    record Throughput(long sent, long received, long dispatched, double seconds) {}

    /** Keeps the JIT from dropping the measured loop. */
    static volatile int sink;

    private SyncBench() {}

    private static OscIn open(ParamBus bus, int queue) throws IOException {
        return new OscIn(bus, OscInConfig.defaults().withPort(0).withBindAddress("127.0.0.1").withQueueCapacity(queue), s -> { });
    }

    /** One message at a time over loopback: from just before send() to the value visible in its slot. */
    static Latency latency(int samples) throws Exception {
        ParamBus bus = new ParamBus();
        try (OscIn in = open(bus, 4096); DatagramSocket sender = new DatagramSocket()) {
            int slot = in.slot("/bench/latency", -1);
            InetAddress loopback = InetAddress.getLoopbackAddress();
            int warmup = Math.max(1000, samples / 5);
            long[] nanos = new long[samples];
            int lost = 0;
            for (int i = 0; i < warmup + samples; i++) {
                float value = i % 1_000_000;
                byte[] b = OscEncoder.encode(OscMessage.of("/bench/latency", value));
                DatagramPacket p = new DatagramPacket(b, b.length, loopback, in.port());
                long t0 = System.nanoTime();
                sender.send(p);
                long limit = t0 + 100_000_000L;
                long t1;
                while (bus.get(slot) != value && (t1 = System.nanoTime()) < limit) Thread.onSpinWait();
                t1 = System.nanoTime();
                if (bus.get(slot) != value) lost += i >= warmup ? 1 : 0;
                if (i >= warmup) nanos[i - warmup] = t1 - t0;
                in.drain(e -> { });
            }
            Arrays.sort(nanos);
            return new Latency(nanos[samples / 2] / 1e3, nanos[(int) (samples * 0.99)] / 1e3, nanos[samples - 1] / 1e3, samples, lost);
        }
    }

    /**
     * A burst of {@code count} messages as fast as one sender thread can, while this thread
     * dispatches as the control thread would (a handler subscribed to {@code /bench/*}).
     */
    static Throughput throughput(int count) throws Exception {
        ParamBus bus = new ParamBus();
        try (OscIn in = open(bus, 65_536); DatagramSocket sender = new DatagramSocket()) {
            long[] handled = {0};
            in.on("/bench/*", m -> handled[0]++);
            byte[][] packets = new byte[64][];
            for (int i = 0; i < packets.length; i++) packets[i] = OscEncoder.encode(OscMessage.of("/bench/" + i, (float) i, i));
            InetAddress loopback = InetAddress.getLoopbackAddress();
            Thread blaster = new Thread(() -> {
                try {
                    for (int i = 0; i < count; i++) {
                        byte[] b = packets[i & 63];
                        sender.send(new DatagramPacket(b, b.length, loopback, in.port()));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            long t0 = System.nanoTime();
            blaster.start();
            long quietSince = System.nanoTime();
            long last = -1;
            while (blaster.isAlive() || System.nanoTime() - quietSince < 200_000_000L) {
                in.poll();
                long now = in.messages();
                if (now != last) {
                    last = now;
                    quietSince = System.nanoTime();
                }
                Thread.sleep(1);
            }
            in.poll();
            double seconds = (quietSince - t0) / 1e9;
            return new Throughput(count, in.messages(), in.dispatched(), seconds);
        }
    }

    /** {@code rate} messages per second for {@code seconds}, paced; returns how many arrived and were dispatched. */
    static Throughput paced(int rate, double seconds) throws Exception {
        ParamBus bus = new ParamBus();
        try (OscIn in = open(bus, 4096); DatagramSocket sender = new DatagramSocket()) {
            in.on("/bench/*", m -> { });
            byte[] b = OscEncoder.encode(OscMessage.of("/bench/paced", 0.5f));
            InetAddress loopback = InetAddress.getLoopbackAddress();
            int count = (int) (rate * seconds);
            long t0 = System.nanoTime();
            long nextPoll = t0;
            for (int i = 0; i < count; i++) {
                long due = t0 + (long) (i * 1e9 / rate);
                while (System.nanoTime() < due) Thread.onSpinWait();
                sender.send(new DatagramPacket(b, b.length, loopback, in.port()));
                if (System.nanoTime() >= nextPoll) {
                    in.poll();
                    nextPoll += 4_000_000L;
                }
            }
            long end = System.nanoTime() + 500_000_000L;
            while (in.messages() < count && System.nanoTime() < end) {
                in.poll();
                Thread.sleep(1);
            }
            in.poll();
            return new Throughput(count, in.messages(), in.dispatched(), seconds);
        }
    }

    /** Decode, route and store without the socket: the receiver's own ceiling, messages/s. */
    static double decodeRate(int count) throws Exception {
        try (OscIn in = open(new ParamBus(), 1024)) {
            byte[] b = OscEncoder.encode(OscMessage.of("/layer/3/opacity", 0.5f, "x"));
            for (int i = 0; i < count / 10; i++) in.handle(b, b.length);
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                in.handle(b, b.length);
                if ((i & 511) == 0) in.drain(e -> { });
            }
            return count / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** Nanoseconds per match of a wildcard subscription against a concrete address. */
    static double patternMatchNanos(int count) {
        AddressPattern p = AddressPattern.compile("/layer/{1,2,3}/*");
        int hits = 0;
        for (int i = 0; i < count / 10; i++) hits += p.matches("/layer/3/opacity") ? 1 : 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) hits += p.matches(i % 2 == 0 ? "/layer/3/opacity" : "/layer/4/opacity") ? 1 : 0;
        double ns = (System.nanoTime() - t0) / (double) count;
        sink = hits;
        return ns;
    }

    /** Nanoseconds per {@link Clock#publish} (four slot writes and the beat arithmetic). */
    static double clockPublishNanos(int count) {
        ParamBus bus = new ParamBus();
        Clock clock = new Clock(TimeSource.SYSTEM, 124);
        for (int i = 0; i < count / 10; i++) clock.publish(bus);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) clock.publish(bus);
        return (System.nanoTime() - t0) / (double) count;
    }
}
