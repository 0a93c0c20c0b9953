package latente.cli.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A byte sink that a test can wait on: {@link #await} returns as soon as the text written so far
 * contains what the test waits for (a command's "listening on" line), so a test waits for
 * readiness, not for time. The limit only ends a test that would otherwise hang.
 */
final class WatchedOutput extends ByteArrayOutputStream {
    @Override
    public synchronized void write(int b) {
        super.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        notifyAll();
    }

    /** Waits until the output contains {@code text}; false if it did not within {@code limitMillis}. */
    synchronized boolean await(String text, long limitMillis) throws InterruptedException {
        long end = System.nanoTime() + limitMillis * 1_000_000;
        while (!toString(StandardCharsets.UTF_8).contains(text)) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }
}
