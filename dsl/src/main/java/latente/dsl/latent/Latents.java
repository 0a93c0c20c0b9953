package latente.dsl.latent;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import latente.dsl.control.ControlLoop;
import latente.render.RenderLink;
import latente.render.output.SourceTextures;
import latente.render.source.SourceFeed;
import latente.runtime.bus.ParamBus;
import latente.runtime.log.PerformanceLog;
import latente.runtime.scene.Control;

/**
 * The engine's latent service: the open models ({@link ModelHost}), the streams shown in sources
 * s0..s3, how they are bound to sources, and what the offline commands override (steps,
 * keyframe rate).
 *
 * <p>Binding: a stream takes a source the first time it is used ({@code src(garden)}) or when
 * told ({@code garden.out(s2)}). Automatic binding takes the first source that is empty or holds
 * a stream made by an earlier evaluation (re-evaluating a set puts its latents back where they
 * were); images, videos and this evaluation's other latents are left alone.
 *
 * <p>Thread contract: {@link #bind} on the eval thread; {@link #tick} on the control thread
 * (live) or the offline render loop; the overrides before rendering starts.
 */
public final class Latents implements AutoCloseable {
    private final RenderLink link;
    private final ParamBus bus;
    private final DoubleSupplier beat;
    private final Consumer<String> report;
    private final Supplier<PerformanceLog> log;
    private final ModelHost host;
    private final RateSlots rates;
    private volatile long generation;
    private volatile int stepsOverride;
    private volatile double keyframeRate = Double.NaN;
    private final java.util.concurrent.atomic.AtomicLong keyframesMade = new java.util.concurrent.atomic.AtomicLong();
    private volatile double cpuBudget = 1;
    /** Streams waiting for their model before they replace the latent shown in that source. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<LatentStream> pending =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(SourceTextures.SOURCES);

    /**
     * @param report problems (they become the HUD's last error)
     * @param say    notices that are not problems (which provider runs the model)
     */
    public Latents(RenderLink link, ParamBus bus, DoubleSupplier beat, Consumer<String> report, Consumer<String> say,
                   Supplier<PerformanceLog> log, PrintStream progress) {
        this.link = link;
        this.bus = bus;
        this.beat = beat;
        this.report = report;
        this.log = log;
        this.host = new ModelHost(say, progress);
        this.rates = new RateSlots(bus);
    }

    /** A stream made by the evaluation now running (not yet shown anywhere). */
    public LatentStream create(String spec, int size, long seed, int steps, double keyframesPerSecond,
                               PromptPattern prompt, double rate) {
        return new LatentStream(this, spec, size, seed, steps, keyframesPerSecond, prompt, rate, generation);
    }

    /** An evaluation begins: streams made before it may be replaced by automatic binding. */
    public void newEvaluation() {
        generation++;
    }

    /**
     * Shows {@code stream} in source {@code index}, or with −1 in a free one (see the class
     * comment); a stream already shown elsewhere moves.
     *
     * @return the source index
     * @throws IllegalStateException when no source is free
     */
    public int bind(LatentStream stream, int index) {
        if (index < 0) {
            if (stream.source() >= 0) return stream.source();
            index = free();
            if (index < 0) throw new IllegalStateException("no free source for a latent: s0-s3 all hold pictures or other latents;"
                    + " choose one with .out(s2)");
        }
        int old = stream.source();
        if (old == index) return index;
        stream.source(index);
        if (old >= 0) {
            link.unlink(old, stream);
            pending.compareAndSet(old, stream, null);
        }
        if (link.feed(index) instanceof LatentStream shown && shown != stream) {
            // The latent shown there keeps running until this one's model has opened (or failed).
            LatentStream waiting = pending.getAndSet(index, stream);
            if (waiting != null && waiting != stream) waiting.close();
        } else {
            link.feed(index, stream);
        }
        return index;
    }

    /**
     * A whole set was evaluated successfully: latents made by earlier evaluations that it did not
     * take over stop (their workers end; the source keeps its last frame until something else
     * is shown there). Eval thread.
     */
    public void retire() {
        for (int i = 0; i < SourceTextures.SOURCES; i++) {
            if (link.feed(i) instanceof LatentStream s && s.generation() < generation && pending.get(i) == null) {
                link.unlink(i, s);
                s.close();
            }
        }
    }

    /** The stream's model opened: it replaces whatever latent its source showed. */
    void opened(LatentStream stream) {
        int i = stream.source();
        if (i >= 0 && pending.compareAndSet(i, stream, null)) link.feed(i, stream);
    }

    /** The stream's model failed to open: the source keeps what it shows. */
    void failed(LatentStream stream) {
        int i = stream.source();
        if (i >= 0) pending.compareAndSet(i, stream, null);
    }

    private int free() {
        for (int i = 0; i < SourceTextures.SOURCES; i++) {
            SourceFeed f = link.feed(i);
            if (f == null || f instanceof LatentStream s && s.generation() < generation) return i;
        }
        return -1;
    }

    /**
     * Once per control tick: computes the walk rates of the streams shown and waiting for their
     * model (each in a slot of its own, see {@link RateSlots}); live, starts workers of newly
     * shown streams; offline, generates the keyframes due at {@code time} on this thread.
     */
    public void tick(ControlLoop controls, double time, boolean live) {
        for (int i = 0; i < SourceTextures.SOURCES; i++) {
            LatentStream waiting = pending.get(i);
            if (waiting != null) {
                computeRate(controls, waiting);
                if (live) waiting.startLive();
                else waiting.stepOffline(time);
            }
            if (!(link.feed(i) instanceof LatentStream s)) continue;
            if (s != waiting) computeRate(controls, s);
            if (live) s.startLive();
            else if (s != waiting) s.stepOffline(time);
        }
        rates.endTick();
    }

    private void computeRate(ControlLoop controls, LatentStream s) {
        List<Control> rate = rates.assign(s);
        if (!rate.isEmpty()) controls.tick(rate);
    }

    /** Live keyframes made so far by every stream (for the keyframes/s figure). */
    public long keyframesMade() {
        return keyframesMade.get();
    }

    void keyframeMade() {
        keyframesMade.incrementAndGet();
    }

    /**
     * The share of wall time a live model worker may compute (1: no limit). With software GL the
     * render thread and the model share the same cores: a budget keeps the model from starving
     * the picture (Java thread priorities are ignored by Linux for unprivileged processes).
     */
    public void cpuBudget(double share) {
        cpuBudget = Math.max(0.05, Math.min(1, share));
    }

    public double cpuBudget() {
        return cpuBudget;
    }

    /** {@code replay --steps N}: every stream uses N sampler steps (0: as written). */
    public void stepsOverride(int n) {
        stepsOverride = Math.max(0, n);
    }

    int stepsOverride() {
        return stepsOverride;
    }

    /** Offline keyframes per second for every stream (0: one per frame; NaN: as each stream asks). */
    public void keyframeRate(double perSecond) {
        keyframeRate = perSecond;
    }

    double keyframeRateFor(double asked) {
        double o = keyframeRate;
        return Double.isNaN(o) ? asked : o;
    }

    public ModelHost host() {
        return host;
    }

    RenderLink link() {
        return link;
    }

    ParamBus bus() {
        return bus;
    }

    double beat() {
        return beat.getAsDouble();
    }

    PerformanceLog log() {
        return log.get();
    }

    void report(String message) {
        report.accept(message);
    }

    @Override
    public void close() {
        for (int i = 0; i < pending.length(); i++) {
            LatentStream s = pending.getAndSet(i, null);
            if (s != null) s.close();
        }
        host.close();
    }
}
