package latente.render;

import static latente.render.Chains.chain;
import static latente.render.Chains.then;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import latente.render.readback.AsyncReadback;
import latente.render.readback.RecordingTap;
import latente.runtime.record.FrameSink;
import latente.runtime.record.PooledFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PBO ring hands on exactly the pixels that were drawn, in order, and skips rather than waits. */
class AsyncReadbackTest {
    static HeadlessGl gl;

    @BeforeAll
    static void open() throws Exception {
        gl = new HeadlessGl(64, 32);
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    /** A sink with a pool of {@code pool} buffers that keeps what it is given (the test plays the writer). */
    static final class Collecting implements FrameSink {
        final int w;
        final int h;
        final List<PooledFrame> free = new ArrayList<>();
        final List<PooledFrame> got = new ArrayList<>();
        boolean evenOnly;
        int misses;

        Collecting(int w, int h, int pool) {
            this.w = w;
            this.h = h;
            for (int i = 0; i < pool; i++) free.add(new PooledFrame(w * h * 4));
        }

        public int width() {
            return w;
        }

        public int height() {
            return h;
        }

        public boolean wants(long nanos) {
            return !evenOnly || nanos % 2 == 0;
        }

        public PooledFrame claim() {
            if (free.isEmpty()) {
                misses++;
                return null;
            }
            return free.remove(free.size() - 1);
        }

        public void submit(PooledFrame f) {
            got.add(f);
        }

        public void release(PooledFrame f) {
            free.add(f);
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.limit()];
        b.get(0, a);
        return a;
    }

    @Test
    void everyFrameArrivesWithItsOwnPixelsAndStamp() throws Exception {
        gl.show(then(chain("osc", 20, 0.5, 0), "rotate", 0, 1));
        Collecting sink = new Collecting(64, 32, 16);
        List<byte[]> expected = new ArrayList<>();
        try (AsyncReadback rb = new AsyncReadback(64, 32, 3)) {
            for (int k = 0; k < 10; k++) {
                gl.frame(k * 0.1); // draws and reads synchronously: the reference pixels
                expected.add(bytes(gl.pixels));
                rb.capture(gl.renderer.finalFrame(), sink, k);
            }
            rb.drain(sink);
        }
        assertEquals(10, sink.got.size());
        for (int k = 0; k < 10; k++) {
            assertEquals(k, sink.got.get(k).nanos());
            assertArrayEquals(expected.get(k), bytes(sink.got.get(k).pixels), "frame " + k);
        }
        assertFalse(java.util.Arrays.equals(expected.get(0), expected.get(5)), "the frames differ");
    }

    @Test
    void unwantedFramesAreNotReadAndAnEmptyPoolSkipsWithoutWaiting() throws Exception {
        gl.show(chain("solid", 0, 1, 0));
        Collecting sink = new Collecting(64, 32, 3);
        sink.evenOnly = true;
        try (AsyncReadback rb = new AsyncReadback(64, 32, 2)) {
            for (int k = 0; k < 20; k++) {
                gl.renderer.drawFrame(k);
                rb.capture(gl.renderer.finalFrame(), sink, k);
            }
            rb.drain(sink);
        }
        assertEquals(3, sink.got.size(), "three buffers, then every claim missed");
        assertEquals(7, sink.misses, "ten even frames wanted, three delivered");
        for (PooledFrame f : sink.got) assertEquals(0, f.nanos() % 2);
    }

    @Test
    void theTapScalesToTheRecordingSize() throws Exception {
        gl.show(chain("solid", 1, 0, 0));
        Collecting sink = new Collecting(32, 16, 4);
        RecordingTap tap = new RecordingTap();
        tap.attach(sink);
        for (int k = 0; k < 3; k++) {
            gl.renderer.drawFrame(k);
            tap.frame(gl.renderer.finalFrame(), k);
        }
        tap.detach();
        gl.renderer.drawFrame(4);
        tap.frame(gl.renderer.finalFrame(), 4);
        assertEquals(3, sink.got.size());
        ByteBuffer p = sink.got.get(2).pixels;
        assertEquals(32 * 16 * 4, p.limit());
        assertEquals((byte) 255, p.get((8 * 32 + 16) * 4));
        assertEquals((byte) 0, p.get((8 * 32 + 16) * 4 + 1));
    }
}
