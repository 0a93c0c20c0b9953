package latente.runtime.record;

/** Test helper: feeds a recorder synthetic frames as the render thread would. */
final class Frames {
    private Frames() {}

    static final long PERIOD_30 = Math.round(1e9 / 30);

    /** Offers frame k, waiting for a free buffer, (stamped origin + k periods) filled with a grey level that changes every frame. */
    static boolean offer(FrameSink sink, long origin, long k, long period) {
        long nanos = origin + k * period;
        if (!sink.wants(nanos)) return false;
        PooledFrame f = sink.claim();
        long deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (f == null && System.nanoTime() < deadline) { // a test may wait; the render thread never does
            Thread.onSpinWait();
            f = sink.claim();
        }
        if (f == null) return false;
        byte v = (byte) (k * 8);
        f.pixels.clear();
        for (int i = 0; i < f.pixels.capacity(); i += 4) {
            f.pixels.put(i, v).put(i + 1, (byte) (255 - v)).put(i + 2, (byte) 40).put(i + 3, (byte) 255);
        }
        f.stamp(nanos);
        sink.submit(f);
        return true;
    }
}
