package latente.dsl.latent;

import latente.runtime.model.LatentModel;
import latente.runtime.model.LatentWalk;
import latente.runtime.model.ModelException;
import latente.runtime.model.Request;

/**
 * Makes one stream's keyframes: opens its model (once; a failure is reported once and the source
 * keeps what it showed), moves its {@link LatentWalk} by the time that passed at the stream's
 * current rate and prompt, generates a keyframe (image-to-image from an output when asked) and
 * pushes it into the {@link KeyframePair} the blender fades between.
 *
 * <p>Thread contract: {@link #open}, {@link #keyframe}, {@link #skip} on the one thread that
 * makes this stream's keyframes (its model worker live, the render loop offline); {@link #jump},
 * {@link #pair} and {@link #keyframes} from any thread; {@link #release} once the stream closed.
 */
final class KeyframeMaker {
    private final LatentStream stream;
    private final Latents latents;
    private ModelHost.Entry entry;
    private boolean failed;
    private volatile LatentWalk walk;
    private volatile boolean jumpPending;
    private volatile KeyframePair pair;
    private volatile InitGrab grab;
    private float[] rgb, init;
    private boolean hasInit;
    private volatile long keyframes;

    KeyframeMaker(LatentStream stream, Latents latents) {
        this.stream = stream;
        this.latents = latents;
    }

    /** Opens the model the first time; false when it failed (now or before). */
    boolean open() {
        if (entry != null) return true;
        if (failed) return false;
        String spec = stream.spec();
        try {
            entry = latents.host().open(spec, stream.size());
        } catch (ModelException | RuntimeException e) {
            failed = true;
            latents.failed(stream);
            String why = String.valueOf(e.getMessage());
            stream.reportOnce((why.contains(spec) ? why : "model " + spec + ": " + why) + " (s" + stream.source() + " keeps what it showed; the show goes on)");
            return false;
        }
        LatentModel m = entry.model();
        walk = new LatentWalk(m.noiseLength(), stream.seed(), stream.currentRate(), stream.promptNow());
        if (jumpPending) walk.jump();
        pair = new KeyframePair(m.width(), m.height());
        rgb = new float[m.width() * m.height() * 3];
        latents.log().seed(spec, stream.seed());
        latents.opened(stream);
        return true;
    }

    /** Leaps to a new region at the next keyframe (or as soon as the walk exists). Any thread. */
    void jump() {
        LatentWalk w = walk;
        if (w != null) w.jump();
        else jumpPending = true;
    }

    /** Moves the walk by {@code seconds} without making a keyframe (offline frames sparser than keyframes). */
    void skip(double seconds) {
        walk.advance(seconds);
    }

    /** Moves the walk by {@code seconds} and makes one keyframe stamped {@code stamp} (−1: now); false when the model failed. */
    boolean keyframe(double seconds, long stamp) {
        walk.rate(stream.currentRate());
        walk.conditioning(stream.promptNow());
        walk.advance(seconds);
        Request r = walk.request(stream.currentSteps());
        int from = stream.initOutput();
        if (from >= 0) {
            refreshGrab(from);
            if (init == null) init = new float[rgb.length];
            if (grab.take(init, pair.width(), pair.height())) hasInit = true;
            if (hasInit) r = r.from(init, (float) stream.strength());
        } else if (grab != null) {
            latents.link().ungrab(stream.source(), grab);
            grab = null;
        }
        try {
            synchronized (entry.lock()) {
                if (stream.closed()) return true;
                entry.model().generate(r, rgb);
            }
        } catch (ModelException | RuntimeException e) {
            stream.reportOnce("model " + stream.spec() + " failed: " + e.getMessage() + " (keeping its last frame)");
            return false;
        }
        pair.push(rgb, stamp < 0 ? System.nanoTime() : stamp);
        keyframes++;
        return true;
    }

    private void refreshGrab(int output) {
        long outputs = latents.link().outputSize();
        if (grab != null && grab.output() == output && grab.fits(outputs)) return;
        grab = new InitGrab(output, (int) (outputs >>> 32), (int) outputs);
        hasInit = false;
        latents.link().grab(Math.max(0, stream.source()), grab);
    }

    /** The two newest keyframes (null until the model opened). Any thread. */
    KeyframePair pair() {
        return pair;
    }

    /** Keyframes generated so far. Any thread. */
    long keyframes() {
        return keyframes;
    }

    /** The stream closed: stops grabbing its init output. */
    void release(int source) {
        InitGrab g = grab;
        if (g != null && source >= 0) latents.link().ungrab(source, g);
    }
}
