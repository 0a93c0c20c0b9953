package latente.runtime.osc;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.BeatCountFollower;
import latente.runtime.clock.TimeSource;
import latente.runtime.io.DropOldestQueue;
import latente.runtime.io.ErrorCounter;

/**
 * OSC input: a UDP socket read by one daemon I/O thread. Each packet is decoded; each message,
 * at once or at its bundle's timetag, (1) feeds the clock when it is {@code /tempo} or
 * {@code /beat}, (2) stores its first number in its {@code osc:<address>} bus slot, and
 * (3) is queued as an {@link OscEvent} for the control thread, which calls {@link #poll()} to
 * run the {@code on(...)} handlers.
 *
 * <p>Never-stop contract: nothing thrown while receiving or handling a packet leaves the I/O
 * thread; every problem is counted by kind in {@link #errors()} and logged once per kind.
 * Memory is bounded by the event queue, the bundle scheduler and the address table.
 */
public final class OscIn implements AutoCloseable {
    private final OscInConfig config;
    private final ErrorCounter<OscError> errors;
    private final DropOldestQueue<OscEvent> events;
    private final OscSlots slots;
    private final OscDispatcher dispatcher;
    private final DatagramSocket socket;
    private final BundleScheduler scheduler;
    private final Thread thread;
    private final AtomicLong packets = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong dispatched = new AtomicLong();
    private volatile BeatCountFollower clock;
    private volatile TimeSource time = TimeSource.SYSTEM;
    private volatile boolean closed;

    /** Binds the socket and starts receiving; IOException when the port is taken. */
    public OscIn(ParamBus bus, OscInConfig config, Consumer<String> log) throws IOException {
        this.config = config;
        this.errors = new ErrorCounter<>(OscError.values(), "osc in", log);
        this.events = new DropOldestQueue<>(config.queueCapacity());
        this.slots = new OscSlots(bus, config.maxAddresses(), errors);
        this.dispatcher = new OscDispatcher(errors);
        this.socket = new DatagramSocket(null);
        socket.setReuseAddress(false);
        socket.setReceiveBufferSize(4 << 20);
        try {
            socket.bind(new InetSocketAddress(config.bindAddress(), config.port()));
        } catch (SocketException e) {
            socket.close();
            throw new IOException("cannot listen for OSC on UDP port " + config.port() + ": " + e.getMessage(), e);
        }
        this.scheduler = new BundleScheduler(config.maxScheduled(), this::deliver, "latente-osc-bundles");
        this.thread = new Thread(this::receiveLoop, "latente-osc-in");
        thread.setDaemon(true);
        thread.start();
    }

    public static OscIn open(ParamBus bus, int port) throws IOException {
        return new OscIn(bus, OscInConfig.defaults().withPort(port), System.err::println);
    }

    /** The bound port (the real one when the config asked for 0). */
    public int port() {
        return socket.getLocalPort();
    }

    public OscInConfig config() {
        return config;
    }

    /**
     * Lets {@code /tempo} and {@code /beat} drive the clock (when its source is OSC); null stops
     * it. {@code time} is the clock's time source: events are stamped on the same scale.
     */
    public void followClock(BeatCountFollower follower, TimeSource time) {
        this.time = time;
        this.clock = follower;
    }

    private void receiveLoop() {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                handle(buffer, packet.getLength());
            } catch (SocketException e) {
                if (closed) return;
                errors.count(OscError.SOCKET, e.getMessage());
            } catch (Throwable t) { // never let the receiver die
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
                errors.count(OscError.INTERNAL, String.valueOf(t));
            }
        }
    }

    /** Decodes and routes one packet (I/O thread; public for benchmarks that skip the socket). */
    public void handle(byte[] data, int length) {
        packets.incrementAndGet();
        if (length > config.maxPacketBytes()) {
            errors.count(OscError.OVERSIZED, length + " bytes, limit " + config.maxPacketBytes());
            return;
        }
        OscPacket p;
        try {
            p = OscDecoder.decode(data, 0, length);
        } catch (OscFormatException e) {
            errors.count(e.kind(), e.getMessage());
            return;
        }
        long now = System.nanoTime();
        route(p, now, now, OscTimetag.epochNanosNow());
    }

    private void route(OscPacket p, long due, long now, long epochNow) {
        if (p instanceof OscMessage m) {
            if (due <= now) {
                deliver(m);
            } else if (!scheduler.schedule(due, m)) {
                errors.count(OscError.SCHEDULE_FULL, config.maxScheduled() + " messages already wait for their time");
            }
            return;
        }
        OscBundle b = (OscBundle) p;
        long at = due;
        if (!b.timetag().immediate()) {
            long ahead = b.timetag().epochNanos() - epochNow;
            if (ahead > config.maxAheadNanos()) {
                errors.count(OscError.FAR_FUTURE, "timetag " + ahead / 1_000_000 + " ms ahead; dispatched now");
            } else {
                at = Math.max(due, now + ahead);
            }
        }
        for (OscPacket element : b.elements()) route(element, at, now, epochNow);
    }

    private void deliver(OscMessage m) {
        messages.incrementAndGet();
        BeatCountFollower follower = clock;
        if (follower != null && m.isNumber(0)) {
            if (m.address().equals("/tempo")) follower.tempo(time.nanos(), m.number(0, 0));
            else if (m.address().equals("/beat")) follower.beat(time.nanos(), m.number(0, 0));
        }
        slots.store(m);
        if (!events.offer(new OscEvent(time.nanos(), m))) {
            errors.count(OscError.QUEUE_DROPPED, "the control thread is not keeping up; oldest events dropped");
        }
    }

    /** Control thread: runs the handlers of every queued message; returns how many messages. */
    public int poll() {
        return events.drain(e -> {
            dispatched.incrementAndGet();
            dispatcher.dispatch(e.message());
        });
    }

    /** Control thread: hands queued events to {@code consumer} instead of the handlers (monitor, log). */
    public int drain(Consumer<OscEvent> consumer) {
        return events.drain(consumer);
    }

    /** Subscribes {@code handler} (run by {@link #poll()}) to an address pattern. */
    public OscDispatcher.Route on(String pattern, Consumer<OscMessage> handler) {
        return dispatcher.on(pattern, handler);
    }

    public OscDispatcher dispatcher() {
        return dispatcher;
    }

    /** The latest number received at {@code address}, or {@code fallback}. */
    public double value(String address, double fallback) {
        return slots.value(address, fallback);
    }

    /** The bus slot of {@code address}, holding {@code fallback} until a message arrives. */
    public int slot(String address, double fallback) {
        return slots.slot(address, fallback);
    }

    public ErrorCounter<OscError> errors() {
        return errors;
    }

    /** Datagrams received (valid or not). */
    public long packets() {
        return packets.get();
    }

    /** Messages delivered (stored and queued), bundles unpacked. */
    public long messages() {
        return messages.get();
    }

    /** Messages handed to handlers by {@link #poll()}. */
    public long dispatched() {
        return dispatched.get();
    }

    public long dropped() {
        return events.dropped();
    }

    public int scheduled() {
        return scheduler.pending();
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        scheduler.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
