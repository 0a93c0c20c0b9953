package latente.dsl.record;

import latente.dsl.engine.OfflineRender;
import latente.render.readback.RecordingTap;
import latente.runtime.record.FrameSink;
import latente.runtime.record.PooledFrame;

/**
 * Test stand-in for the live render loop (which lives on another branch): draws frame k at show
 * time k / fps and hands it to the recording tap stamped origin + k periods, as fast as the
 * machine allows.
 */
final class ShowDriver {
    private ShowDriver() {}

    /** Called before frame k is drawn: the "performer" acts (evaluates code, changes tempo). */
    interface Cue {
        void before(int frame) throws Exception;
    }

    static void run(OfflineRender r, RecordingTap tap, double fps, int frames, long origin, Cue cue) throws Exception {
        long period = Math.round(1e9 / fps);
        for (int k = 0; k < frames; k++) {
            cue.before(k);
            r.engine().advance(k / fps);
            r.renderer().drawFrame(r.engine().time());
            tap.frame(r.renderer().finalFrame(), origin + k * period);
        }
        tap.close();
    }

    /**
     * A sink that waits for a free buffer instead of dropping: tests that compare every frame
     * use it so that a slow, shared test machine cannot turn a frame into a repeat.
     */
    static FrameSink patient(FrameSink sink) {
        return new FrameSink() {
            @Override
            public int width() {
                return sink.width();
            }

            @Override
            public int height() {
                return sink.height();
            }

            @Override
            public boolean wants(long nanos) {
                return sink.wants(nanos);
            }

            @Override
            public PooledFrame claim() {
                long deadline = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
                PooledFrame f;
                while ((f = sink.claim()) == null && System.nanoTime() < deadline) Thread.onSpinWait();
                return f;
            }

            @Override
            public void submit(PooledFrame frame) {
                sink.submit(frame);
            }

            @Override
            public void release(PooledFrame frame) {
                sink.release(frame);
            }
        };
    }
}
