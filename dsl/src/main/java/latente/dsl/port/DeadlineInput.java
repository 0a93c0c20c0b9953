package latente.dsl.port;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A connection's input with an idle deadline: a client that sends nothing for the idle time, or
 * drips a request slowly enough to stretch it past the idle time, is dropped, so one idle or slow
 * editor cannot hold one of the port's few slots for ever. The deadline starts again after each
 * answered request ({@link #restart}).
 *
 * <p>Thread contract: the connection's own thread only.
 */
final class DeadlineInput extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long idleNanos;
    private long deadline;

    DeadlineInput(Socket socket, long idleMillis) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.idleNanos = idleMillis * 1_000_000;
        restart();
    }

    void restart() {
        deadline = System.nanoTime() + idleNanos;
    }

    private void arm() throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new SocketTimeoutException("idle");
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
    }

    @Override
    public int read() throws IOException {
        arm();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return in.read(b, off, len);
    }
}
