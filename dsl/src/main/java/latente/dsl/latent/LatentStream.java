package latente.dsl.latent;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;
import latente.render.source.FrameRing;
import latente.render.source.SourceFeed;
import latente.runtime.model.Conditioning;
import latente.runtime.model.Models;
import latente.runtime.model.Request;

/**
 * One latent walk streamed into a source s0..s3 (see docs/model.md, "Streaming"): its settings,
 * the source it is shown in, and how its keyframes are made live or offline.
 *
 * <p>Live, two daemon threads per stream: the <b>model worker</b> ({@link ModelWorker}) has the
 * {@link KeyframeMaker} move the walk by the time that passed, generate a keyframe (as often as
 * {@link #keyframesPerSecond} asks, or as fast as the model manages when it is slower) and push
 * it into a {@link KeyframePair}; the <b>blender</b> ({@link DisplayBlender}) wakes at display
 * rate and writes the fade between the two newest keyframes into the source's {@link FrameRing}.
 * The render thread only uploads the ring's newest frame, lock-free and allocation-free, so a
 * slow model lowers the keyframe rate and never the display rate. Live walk rates get bus slots
 * of their own from {@link RateSlots}.
 *
 * <p>Offline ({@link #stepOffline}), keyframe j is generated synchronously on the render loop's
 * thread when frame time reaches j / rate, and the fade is computed from frame time: frames depend
 * only on the seed, the code and the frame times.
 *
 * <p>Thread contract: the setters ({@link #jump}, {@link #prompt}, {@link #rate}...) from any
 * thread; {@link #close} from any thread except the render thread never blocks it.
 */
public final class LatentStream implements SourceFeed {
    private final Latents latents;
    private final String spec;
    private final int size;
    private final long seed;
    private final long generation;
    private final FrameRing ring = new FrameRing();
    private final KeyframeMaker maker;
    private final WalkRate rate;
    private volatile int steps;
    private volatile double keyframesPerSecond;
    private volatile PromptPattern prompt;
    private volatile int initOutput = -1;
    private volatile double strength;
    private volatile boolean closed;
    private volatile boolean started;
    private volatile int source = -1;
    private boolean reported;
    // offline stepping (render loop thread)
    private long lastIndex = -1;
    private double lastTime = Double.NaN;
    private Thread worker, blender;

    LatentStream(Latents latents, String spec, int size, long seed, int steps, double keyframesPerSecond,
                 PromptPattern prompt, double rate, long generation) {
        this.latents = latents;
        this.spec = spec;
        this.size = size;
        this.seed = seed;
        this.steps = steps;
        this.keyframesPerSecond = keyframesPerSecond;
        this.prompt = prompt;
        this.rate = new WalkRate(rate);
        this.generation = generation;
        this.maker = new KeyframeMaker(this, latents);
    }

    @Override
    public FrameRing frames() {
        return ring;
    }

    /** Model frames are small and stretched to the screen: sampled smoothly. */
    @Override
    public boolean smooth() {
        return true;
    }

    @Override
    public String description() {
        return "latent '" + prompt + "' " + spec + (size == Models.OWN_SIZE ? "" : " " + size + "²") + " seed " + seed;
    }

    public long generation() {
        return generation;
    }

    /** Keyframes generated so far. */
    public long keyframes() {
        return maker.keyframes();
    }

    /** The source s0..s3 it is shown in, or −1. */
    public int source() {
        return source;
    }

    void source(int index) {
        source = index;
    }

    public void jump() {
        maker.jump();
        latents.log().walk(spec, Map.of("jump", true, "seed", seed, "source", source));
    }

    public void prompt(PromptPattern p) {
        prompt = p;
        latents.log().walk(spec, Map.of("prompt", p.source(), "seed", seed));
    }

    /** A fixed walk rate (seed-to-seed legs per second). */
    public void rate(double legsPerSecond) {
        rate.fixed(legsPerSecond);
    }

    /** A walk rate computed by the control loop from {@code live} ({@code label}: where it was written). */
    public void rate(DoubleSupplier live, String label) {
        rate.live(live, label);
    }

    WalkRate walkRate() {
        return rate;
    }

    public void steps(int n) {
        steps = Math.max(1, Math.min(Request.MAX_STEPS, n));
    }

    public void keyframesPerSecond(double kps) {
        keyframesPerSecond = kps;
    }

    /** Image-to-image from output {@code output} (−1: none). */
    public void from(int output, double strength) {
        this.strength = strength;
        this.initOutput = output;
    }

    /** The rate the walk moves at now. */
    double currentRate() {
        return rate.current(latents.bus());
    }

    int currentSteps() {
        int o = latents.stepsOverride();
        return o > 0 ? Math.min(o, Request.MAX_STEPS) : steps;
    }

    String spec() {
        return spec;
    }

    int size() {
        return size;
    }

    long seed() {
        return seed;
    }

    /** The prompt's conditioning at the current beat. */
    Conditioning promptNow() {
        return prompt.at(latents.beat());
    }

    int initOutput() {
        return initOutput;
    }

    double strength() {
        return strength;
    }

    boolean closed() {
        return closed;
    }

    /** Live: starts the model worker and the blender (once). Control thread. */
    void startLive() {
        if (started || closed) return;
        started = true;
        worker = new Thread(new ModelWorker(maker, latents, () -> keyframesPerSecond, () -> closed, this::reportOnce), "latente-model-s" + source);
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        blender = new Thread(new DisplayBlender(maker::pair, ring, () -> closed, this::reportOnce), "latente-blend-s" + source);
        blender.setDaemon(true);
        worker.start();
        blender.start();
    }

    synchronized void reportOnce(String message) {
        if (reported) return;
        reported = true;
        latents.report("s" + source + ": " + message);
    }

    /**
     * Offline: makes the keyframes due by {@code time} (seconds of show time) and publishes the
     * fade for this frame. Keyframe j is due at j / rate; with rate 0, one keyframe per frame.
     */
    void stepOffline(double time) {
        if (closed || !maker.open()) return;
        double kr = latents.keyframeRateFor(keyframesPerSecond);
        double alpha = 1;
        if (kr > 0) {
            long j = (long) Math.floor(time * kr + 1e-9);
            if (lastIndex < 0) {
                maker.keyframe(0, 0);
                lastIndex = j;
            } else if (j > lastIndex) {
                if (j - lastIndex > 2) maker.skip((j - lastIndex - 2) / kr); // frames sparser than keyframes
                for (long k = Math.max(lastIndex + 1, j - 1); k <= j; k++) maker.keyframe(1 / kr, k);
                lastIndex = j;
            }
            alpha = Math.max(0, Math.min(1, time * kr - j));
        } else {
            maker.keyframe(Double.isNaN(lastTime) ? 0 : time - lastTime, 0);
        }
        lastTime = time;
        KeyframePair pair = maker.pair();
        ByteBuffer out = ring.beginWrite(pair.width(), pair.height());
        if (pair.blendInto(out, alpha)) ring.publish();
    }

    @Override
    public void close() {
        closed = true;
        maker.release(source);
        Thread w = worker, b = blender;
        if (w != null) LockSupport.unpark(w);
        if (b != null) LockSupport.unpark(b);
    }
}
