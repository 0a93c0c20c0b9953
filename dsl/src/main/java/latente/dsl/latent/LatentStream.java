package latente.dsl.latent;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;
import latente.render.source.FrameRing;
import latente.render.source.SourceFeed;
import latente.runtime.model.LatentModel;
import latente.runtime.model.LatentWalk;
import latente.runtime.model.ModelException;
import latente.runtime.model.Models;
import latente.runtime.model.Request;
import latente.runtime.scene.Control;
import latente.runtime.scene.LiveSlots;

/**
 * One latent walk streamed into a source s0..s3 (see docs/model.md, "Streaming").
 *
 * <p>Live, two daemon threads per stream: the <b>model worker</b> moves the walk by the time that
 * passed, generates a keyframe (as often as {@link #keyframesPerSecond} asks, or as fast as the
 * model manages when it is slower) and pushes it into a {@link KeyframePair}; the <b>blender</b>
 * wakes at display rate and writes the fade between the two newest keyframes into the source's
 * {@link FrameRing}. The render thread only uploads the ring's newest frame, lock-free and
 * allocation-free, so a slow model lowers the keyframe rate and never the display rate.
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
    private volatile int steps;
    private volatile double keyframesPerSecond;
    private volatile PromptPattern prompt;
    private volatile double rate;
    /** The live rate as written (no slot yet); {@link RateSlots} leases its slot. */
    private volatile Control liveRate;
    /** The live rate in its leased slot, or empty: written only by the thread that ticks latents. */
    private volatile List<Control> assignedRate = List.of();
    private volatile int initOutput = -1;
    private volatile double strength;
    private volatile boolean closed;
    private volatile boolean started;
    private volatile int source = -1;
    private volatile boolean jumpPending;
    private volatile boolean failed;
    private boolean reported;
    // worker state (model worker or offline render loop)
    private ModelHost.Entry entry;
    private volatile LatentWalk walk;
    private volatile KeyframePair pair;
    private float[] rgb, init;
    private boolean hasInit;
    private InitGrab grab;
    private long lastIndex = -1;
    private double lastTime = Double.NaN;
    private volatile long keyframes;
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
        this.rate = rate;
        this.generation = generation;
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
        return keyframes;
    }

    /** The source s0..s3 it is shown in, or −1. */
    public int source() {
        return source;
    }

    void source(int index) {
        source = index;
    }

    public void jump() {
        LatentWalk w = walk;
        if (w != null) w.jump();
        else jumpPending = true;
        latents.log().walk(spec, Map.of("jump", true, "seed", seed, "source", source));
    }

    public void prompt(PromptPattern p) {
        prompt = p;
        latents.log().walk(spec, Map.of("prompt", p.source(), "seed", seed));
    }

    /** A fixed walk rate (seed-to-seed legs per second). */
    public void rate(double legsPerSecond) {
        rate = Math.max(0, legsPerSecond);
        liveRate = null;
    }

    /**
     * A walk rate computed by the control loop from {@code live} ({@code label} says where it
     * was written) into a bus slot leased for it alone when the stream is next ticked.
     */
    public void rate(DoubleSupplier live, String label) {
        liveRate = new Control(LiveSlots.UNASSIGNED, live, label);
    }

    Control liveRate() {
        return liveRate;
    }

    /** The live rate in its own slot (null: none); see {@link RateSlots}. */
    void assignRate(Control own) {
        assignedRate = own == null ? List.of() : List.of(own);
    }

    /** What the control loop computes for this stream: its live rate in its slot, or nothing. */
    List<Control> assignedRate() {
        return assignedRate;
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

    /** The rate the walk moves at now: a live rate once its slot has been computed, else the fixed one. */
    double currentRate() {
        Control wanted = liveRate;
        List<Control> own = assignedRate;
        if (wanted == null || own.isEmpty()) return rate; // a new live rate reads the old slot until its first tick
        return Math.max(0, latents.bus().get(own.get(0).slot()));
    }

    private int currentSteps() {
        int o = latents.stepsOverride();
        return o > 0 ? Math.min(o, Request.MAX_STEPS) : steps;
    }

    private KeyframePair pair() {
        return pair;
    }

    /** Live: starts the model worker and the blender (once). Control thread. */
    void startLive() {
        if (started || closed) return;
        started = true;
        worker = new Thread(this::workerLoop, "latente-model-s" + source);
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        blender = new Thread(new DisplayBlender(this::pair, ring, () -> closed, this::reportOnce), "latente-blend-s" + source);
        blender.setDaemon(true);
        worker.start();
        blender.start();
    }

    private boolean open() {
        if (entry != null) return true;
        if (failed) return false;
        try {
            entry = latents.host().open(spec, size);
        } catch (ModelException | RuntimeException e) {
            failed = true;
            latents.failed(this);
            String why = String.valueOf(e.getMessage());
            reportOnce((why.contains(spec) ? why : "model " + spec + ": " + why) + " (s" + source + " keeps what it showed; the show goes on)");
            return false;
        }
        LatentModel m = entry.model();
        walk = new LatentWalk(m.noiseLength(), seed, rate, prompt.at(latents.beat()));
        if (jumpPending) walk.jump();
        pair = new KeyframePair(m.width(), m.height());
        rgb = new float[m.width() * m.height() * 3];
        latents.log().seed(spec, seed);
        latents.opened(this);
        return true;
    }

    private synchronized void reportOnce(String message) {
        if (reported) return;
        reported = true;
        latents.report("s" + source + ": " + message);
    }

    /** Moves the walk by {@code seconds} and makes one keyframe; false when the model failed. */
    private boolean keyframe(double seconds, long stamp) {
        walk.rate(currentRate());
        walk.conditioning(prompt.at(latents.beat()));
        walk.advance(seconds);
        Request r = walk.request(currentSteps());
        int from = initOutput;
        if (from >= 0) {
            refreshGrab(from);
            if (init == null) init = new float[rgb.length];
            if (grab.take(init, pair.width(), pair.height())) hasInit = true;
            if (hasInit) r = r.from(init, (float) strength);
        } else if (grab != null) {
            latents.link().ungrab(source, grab);
            grab = null;
        }
        try {
            synchronized (entry.lock()) {
                if (closed) return true;
                entry.model().generate(r, rgb);
            }
        } catch (ModelException | RuntimeException e) {
            reportOnce("model " + spec + " failed: " + e.getMessage() + " (keeping its last frame)");
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
        latents.link().grab(Math.max(0, source), grab);
    }

    private void workerLoop() {
        try {
            if (!open()) return;
            long last = System.nanoTime();
            while (!closed) {
                long start = System.nanoTime();
                double seconds = (start - last) / 1e9;
                last = start;
                if (!keyframe(seconds, -1)) {
                    LockSupport.parkNanos(1_000_000_000L); // a failing model: try again in a second, quietly
                    continue;
                }
                latents.keyframeMade();
                double kps = keyframesPerSecond;
                long now = System.nanoTime();
                // The CPU budget: a keyframe that took d leaves the cores free for d (1 - b) / b after it.
                double budget = latents.cpuBudget();
                long rest = budget < 1 ? (long) ((now - start) * (1 - budget) / budget) : 0;
                long wait = Math.max(rest, kps > 0 ? start + (long) (1e9 / kps) - now : 0);
                if (wait > 0) LockSupport.parkNanos(wait);
            }
        } catch (Throwable t) { // a worker never takes the show down; it reports once and stops
            reportOnce("model worker stopped: " + t);
        }
    }

    /**
     * Offline: makes the keyframes due by {@code time} (seconds of show time) and publishes the
     * fade for this frame. Keyframe j is due at j / rate; with rate 0, one keyframe per frame.
     */
    void stepOffline(double time) {
        if (closed || !open()) return;
        double kr = latents.keyframeRateFor(keyframesPerSecond);
        double alpha = 1;
        if (kr > 0) {
            long j = (long) Math.floor(time * kr + 1e-9);
            if (lastIndex < 0) {
                keyframe(0, 0);
                lastIndex = j;
            } else if (j > lastIndex) {
                if (j - lastIndex > 2) walk.advance((j - lastIndex - 2) / kr); // frames sparser than keyframes
                for (long k = Math.max(lastIndex + 1, j - 1); k <= j; k++) keyframe(1 / kr, k);
                lastIndex = j;
            }
            alpha = Math.max(0, Math.min(1, time * kr - j));
        } else {
            keyframe(Double.isNaN(lastTime) ? 0 : time - lastTime, 0);
        }
        lastTime = time;
        ByteBuffer out = ring.beginWrite(pair.width(), pair.height());
        if (pair.blendInto(out, alpha)) ring.publish();
    }

    @Override
    public void close() {
        closed = true;
        InitGrab g = grab;
        if (g != null && source >= 0) latents.link().ungrab(source, g);
        Thread w = worker, b = blender;
        if (w != null) LockSupport.unpark(w);
        if (b != null) LockSupport.unpark(b);
    }
}
