package latente.runtime.record;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live recording: frames offered by the render thread, written by a writer thread to ffmpeg
 * (or a PNG sequence when ffmpeg is missing), audio muxed beside them.
 *
 * <p>Never slows the show: buffers come from a preallocated pool (about a second of frames,
 * at most 128 MiB); when the writer is
 * behind, the pool is empty, {@link #claim} returns null and the frame is dropped (and counted).
 * At most one frame per slot of the recording rate is taken (slot n is {@code start + n/fps});
 * each frame keeps the time it was drawn, so the video has a variable frame rate: what the
 * audience saw, when they saw it, with no repeated frames (see {@link VideoTimeline}).
 *
 * <p>When the writer fails (ffmpeg dies, the disk fills) the recording stops with one message,
 * the file written so far stays playable, and the render thread's calls become no-ops.
 *
 * <p>Thread contract: {@link #wants}, {@link #claim}, {@link #submit} on the render thread;
 * {@link #stop} from any other thread, once; the writer thread is private.
 */
public final class Recorder implements FrameSink {
    private static final long POOL_BYTES = 128L << 20;
    private final RecordingSettings settings;
    private final PrintStream messages;
    private final RecordingOutput output;
    private final ArrayBlockingQueue<PooledFrame> free;
    private final ArrayBlockingQueue<PooledFrame> filled;
    private final long originNanos;
    private final double nanosPerFrame;
    private final Thread writer;
    private final AtomicLong poolMisses = new AtomicLong();
    private volatile long lastWanted = -1;
    private volatile long endNanos = Long.MAX_VALUE;
    private volatile long firstNanos = -1;
    private volatile long lastNanos = -1;
    /** The writer's timeline once it has ended (read after joining the writer). */
    private VideoTimeline timeline;
    private volatile boolean stopping;
    private volatile String failure;

    private Recorder(RecordingSettings settings, RecordingOutput output, PrintStream messages, long originNanos, int pool) {
        this.settings = settings;
        this.output = output;
        this.messages = messages;
        this.originNanos = originNanos;
        this.nanosPerFrame = 1e9 / settings.fps();
        this.free = new ArrayBlockingQueue<>(pool);
        this.filled = new ArrayBlockingQueue<>(pool);
        for (int i = 0; i < pool; i++) free.add(new PooledFrame(settings.width() * settings.height() * 4));
        writer = new Thread(this::writeLoop, "latente-record-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Starts recording; video time 0 is {@code originNanos} (System.nanoTime scale).
     *
     * @param ffmpeg the ffmpeg executable, or null for a PNG sequence plus WAV
     * @throws IOException with a performer-readable message (unwritable path, ffmpeg missing codec)
     */
    public static Recorder start(RecordingSettings settings, String ffmpeg, PrintStream messages, long originNanos)
            throws IOException {
        RecordingOutput output = RecordingOutput.open(settings, ffmpeg, messages);
        return new Recorder(settings, output, messages, originNanos, poolSize(settings));
    }

    /** Where live audio is captured beside {@code video}: {@code show.mkv} → {@code show.wav}. */
    public static Path liveAudioFile(Path video) {
        return RecordingOutput.sibling(video.toAbsolutePath(), ".wav");
    }

    /** Frames of slack: about a second of video (ffmpeg starting up, an encoder hiccup), at most 128 MiB, at least 3. */
    static int poolSize(RecordingSettings s) {
        long frameBytes = (long) s.width() * s.height() * 4;
        long byMemory = POOL_BYTES / frameBytes;
        return (int) Math.max(3, Math.min((long) Math.ceil(s.fps()), byMemory));
    }

    /** Starts now, with ffmpeg from the PATH. */
    public static Recorder start(RecordingSettings settings, PrintStream messages) throws IOException {
        return start(settings, Ffmpeg.find("ffmpeg"), messages, System.nanoTime());
    }

    @Override
    public int width() {
        return settings.width();
    }

    @Override
    public int height() {
        return settings.height();
    }

    private long slot(long nanos) {
        return Math.round((nanos - originNanos) / nanosPerFrame);
    }

    @Override
    public boolean wants(long nanos) {
        if (stopping || failure != null || nanos > endNanos) return false;
        long s = slot(nanos);
        if (s < 0 || s <= lastWanted) return false;
        lastWanted = s;
        return true;
    }

    @Override
    public PooledFrame claim() {
        if (stopping || failure != null) return null;
        return free.poll();
    }

    @Override
    public void submit(PooledFrame frame) {
        if (frame.nanos <= endNanos) {
            if (firstNanos < 0) firstNanos = frame.nanos;
            if (frame.nanos > lastNanos) lastNanos = frame.nanos;
        }
        if (!filled.offer(frame)) free.offer(frame);
    }

    @Override
    public void release(PooledFrame frame) {
        free.offer(frame);
    }

    @Override
    public void frameDropped() {
        poolMisses.incrementAndGet();
    }

    private void writeLoop() {
        VideoTimeline timeline = new VideoTimeline(output, originNanos, settings.fps(), free);
        try {
            while (true) {
                PooledFrame f = filled.poll(50, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (stopping) break;
                    continue;
                }
                if (failure != null || f.nanos > endNanos) {
                    free.offer(f);
                    continue;
                }
                try {
                    timeline.frame(f);
                } catch (IOException e) {
                    fail(e.getMessage());
                }
            }
            if (failure == null) timeline.end(Math.min(endNanos, System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail(e.toString());
        }
        this.timeline = timeline;
    }

    private void fail(String why) {
        if (failure != null) return;
        messages.println("record: recording stopped: " + why + ". " + output.path() + " stays playable up to here; the show goes on.");
        failure = why; // after the message: whoever sees the failure can also see why
    }

    /** Null while recording works; otherwise why it stopped. */
    public String failure() {
        return failure;
    }

    public boolean active() {
        return !stopping && failure == null;
    }

    public RecordingSettings settings() {
        return settings;
    }

    /** The encoder process (for diagnostics and tests), or null when writing PNG files. */
    public ProcessHandle encoderProcess() {
        return output.encoderProcess();
    }

    /** Frames the show drew for the recording but could not hand on because the encoder was behind. */
    public long dropped() {
        return poolMisses.get();
    }

    /**
     * Ends the video at {@code nanos} (System.nanoTime scale): frames drawn later are not
     * recorded, and the last frame lasts until then. Call before {@link #stop}, at the instant the
     * show's recording should end; frames still in flight from before it are kept.
     */
    public void endAt(long nanos) {
        if (endNanos == Long.MAX_VALUE) endNanos = nanos;
    }

    /** The instant the video ends ({@link #endAt}), or Long.MAX_VALUE while it runs on. */
    public long endNanos() {
        return endNanos;
    }

    /**
     * Where the video ends (System.nanoTime scale), once {@link #endAt} was called and the frames
     * in flight were handed on: the end asked for, or, when the last frame was drawn less than a
     * frame before it, that frame's end (a container shows the last frame for one frame time).
     */
    public long videoEndNanos() {
        return VideoTimeline.end(endNanos, lastNanos, nanosPerFrame);
    }

    /** The instant the first recorded frame was drawn (video time 0), or -1 before it. */
    public long firstFrameNanos() {
        return firstNanos;
    }

    /**
     * Stops: writes what is queued, finishes the file, muxes captured audio. Returns the summary
     * line ("recorded 1800 frames, dropped 12: ..."); never throws.
     */
    public String stop() {
        endAt(System.nanoTime());
        stopping = true;
        try {
            // The writer has at most the pool's frames left (about a second of video): wait for all
            // of them, so the file lasts as long as the show did; the pipe is never closed under it.
            writer.join(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) fail("the encoder did not take the last frames within 10 minutes");
        String detail = output.finish(failure != null);
        VideoTimeline t = timeline;
        String head = String.format(Locale.ROOT, "recorded %d frames, dropped %d", t == null ? 0 : t.written(), dropped());
        if (t != null) head += " " + t.describe();
        if (dropped() > 0) head += "; the dropped frames were drawn while the encoder was behind";
        return head + (failure != null ? "; stopped early: " + failure : "") + "\n" + detail;
    }
}
