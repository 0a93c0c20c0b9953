package latente.dsl.latent;

import java.nio.ByteBuffer;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import latente.render.source.FrameRing;

/**
 * The live blender of a latent stream: wakes at display rate and publishes the fade between the
 * two newest keyframes into the source's frame ring (only when the keyframes or the fade moved).
 * Runs on its own daemon thread so that neither the model worker (busy in a keyframe) nor the
 * render thread (which must never wait or allocate) does this work.
 */
final class DisplayBlender implements Runnable {
    static final double DISPLAY_HZ = 60;
    private final Supplier<KeyframePair> pair;
    private final FrameRing ring;
    private final BooleanSupplier closed;
    private final Consumer<String> report;

    DisplayBlender(Supplier<KeyframePair> pair, FrameRing ring, BooleanSupplier closed, Consumer<String> report) {
        this.pair = pair;
        this.ring = ring;
        this.closed = closed;
        this.report = report;
    }

    @Override
    public void run() {
        long period = (long) (1e9 / DISPLAY_HZ);
        long shownVersion = -1;
        double shownAlpha = -1;
        try {
            while (!closed.getAsBoolean()) {
                KeyframePair p = pair.get();
                if (p != null) {
                    long v = p.version();
                    double a = p.alphaAt(System.nanoTime());
                    if (v != shownVersion || a != shownAlpha) {
                        ByteBuffer out = ring.beginWrite(p.width(), p.height());
                        if (p.blendInto(out, a)) ring.publish();
                        shownVersion = v;
                        shownAlpha = a;
                    }
                }
                LockSupport.parkNanos(period);
            }
        } catch (Throwable t) { // never takes the show down
            report.accept("blender stopped: " + t);
        }
    }
}
