package latente.runtime.osc;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import latente.runtime.io.ErrorCounter;

/**
 * Sends OSC over UDP to one host and port. Sending never throws on stage: a failure (host
 * unreachable, message too large) is counted and logged once per kind, and the call returns
 * false. Argument types follow {@link OscMessage#of}.
 *
 * <p>Thread contract: any thread may send; DatagramSocket sends are thread-safe.
 */
public final class OscOut implements AutoCloseable {
    private final InetSocketAddress target;
    private final DatagramSocket socket;
    private final ErrorCounter<OscError> errors;
    private final AtomicLong sent = new AtomicLong();

    public OscOut(String host, int port, Consumer<String> log) throws IOException {
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("port must be 1..65535, got " + port);
        this.target = new InetSocketAddress(InetAddress.getByName(host), port);
        this.socket = new DatagramSocket();
        this.errors = new ErrorCounter<>(OscError.values(), "osc out " + host + ":" + port, log);
        // JavaOSC's classes load on first use (tens of ms, more on a busy machine): here, on the
        // thread that opens the port, not in the control thread's first beat announcement.
        OscEncoder.encode(OscMessage.of("/latente/ready"));
    }

    /** Parses "HOST:PORT" ("127.0.0.1:9000", "localhost:57120"); IllegalArgumentException if invalid. */
    public static OscOut to(String hostPort, Consumer<String> log) throws IOException {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("expected HOST:PORT, got '" + hostPort + "'");
        try {
            return new OscOut(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)), log);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected HOST:PORT with a numeric port, got '" + hostPort + "'");
        }
    }

    public InetSocketAddress target() {
        return target;
    }

    /** Sends a message with tags inferred from {@code args}; false if it could not be sent. */
    public boolean send(String address, Object... args) {
        OscMessage m;
        try {
            m = OscMessage.of(address, args);
        } catch (IllegalArgumentException e) {
            errors.count(OscError.SEND_FAILED, e.getMessage());
            return false;
        }
        return send(m);
    }

    public boolean send(OscPacket packet) {
        if (packet instanceof OscMessage m && !m.address().startsWith("/")) {
            errors.count(OscError.SEND_FAILED, "an OSC address starts with '/': '" + m.address() + "'");
            return false;
        }
        try {
            byte[] bytes = OscEncoder.encode(packet);
            socket.send(new DatagramPacket(bytes, bytes.length, target));
            sent.incrementAndGet();
            return true;
        } catch (IOException | RuntimeException e) {
            errors.count(OscError.SEND_FAILED, String.valueOf(e.getMessage()));
            return false;
        }
    }

    public long sent() {
        return sent.get();
    }

    public ErrorCounter<OscError> errors() {
        return errors;
    }

    @Override
    public void close() {
        socket.close();
    }
}
