package latente.dsl.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import latente.dsl.show.RecordingControl;
import latente.render.readback.RecordingTap;
import latente.runtime.log.LogClock;
import latente.runtime.log.LogEvent;
import latente.runtime.log.PerformanceLog;
import latente.runtime.record.AudioTrack;
import latente.runtime.record.Ffmpeg;
import latente.runtime.record.PcmSource;
import latente.runtime.record.Recorder;
import latente.runtime.record.RecordingSettings;
import latente.runtime.record.ShowAudio;
import latente.runtime.record.VideoFormat;

/**
 * Recording for the live show: starts a {@link Recorder}, attaches it to the render thread's
 * {@link RecordingTap}, and, unless the show already has a performance log, opens one beside the
 * video ({@code show.log.jsonl}) whose time 0 and frame 0 are the video's. Any failure is a
 * message; the show never stops for the recorder.
 *
 * <p>Thread contract: start/stop/snapshot from any thread (REPL, eval, CLI), serialised here;
 * the render thread only sees the tap.
 */
public final class LiveRecording implements RecordingControl {
    private final Engine engine;
    private final RecordingTap tap;
    private final int width;
    private final int height;
    private final double fps;
    private final ShowAudio audio;
    private final PrintStream messages;
    private final String ffmpeg;
    private Recorder recorder;
    private PerformanceLog ownLog;
    private Path requested;
    /** The video's time 0 for the running recording (System.nanoTime scale). */
    private long origin;
    /** The own log's time 0 (System.nanoTime scale): the video's, or earlier when the log was opened ahead. */
    private long logOrigin;

    /** @param width, height, fps the default recording size and rate (the show's) */
    public LiveRecording(Engine engine, RecordingTap tap, int width, int height, double fps, ShowAudio audio,
                         PrintStream messages, String ffmpeg) {
        this.engine = engine;
        this.tap = tap;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.audio = audio == null ? ShowAudio.NONE : audio;
        this.messages = messages;
        this.ffmpeg = ffmpeg;
    }

    public LiveRecording(Engine engine, RecordingTap tap, int width, int height, double fps, ShowAudio audio, PrintStream messages) {
        this(engine, tap, width, height, fps, audio, messages, Ffmpeg.find("ffmpeg"));
    }

    @Override
    public synchronized String start(String path, Map<String, ?> options) {
        RecordingSettings s;
        try {
            s = RecordingOptions.settings(path, options, width, height, fps);
        } catch (IllegalArgumentException e) {
            return "record: " + e.getMessage();
        }
        Path wanted = s.out().toAbsolutePath();
        if (recorder != null) {
            if (wanted.equals(requested)) {
                return recorder.active() ? null : "record: the recording to " + recorder.settings().out() + " stopped ("
                        + recorder.failure() + "); give another file name to record again";
            }
            if (recorder.active()) return "record: already recording to " + recorder.settings().out() + "; stop that first";
            messages.println(stop());
        }
        Path fresh = unused(wanted);
        if (!fresh.equals(wanted)) {
            messages.println("record: " + s.out() + " exists (an earlier show?); recording to " + fresh + " instead");
            s = s.withOut(fresh);
        }
        AudioTrack file = audio.playingFile();
        PcmSource live = file == null ? audio.liveInput() : null;
        if (file != null) s = s.withAudio(file);
        else if (live != null) s = s.withPcm(live);
        latente.runtime.json.Json.warmUp(); // before the recording's clock starts, not inside its first second
        origin = System.nanoTime();
        try {
            recorder = Recorder.start(s, ffmpeg, messages, origin);
            requested = wanted;
        } catch (IOException e) {
            recorder = null;
            closeOwnLog();
            return "record: " + e.getMessage() + " (the show goes on, not recording)";
        }
        if (ownLog == null && !engine.log().enabled()) {
            logOrigin = origin;
            openOwnLog(s);
        }
        PerformanceLog log = engine.log();
        log.event(LogEvent.RECORD, Map.of("path", s.out().toAbsolutePath().toString(), "format", s.format().name().toLowerCase()));
        if (file != null) log.audioFile(file.file(), file.positionAtStart());
        if (live != null) log.audioCapture(Recorder.liveAudioFile(s.out()));
        tap.attach(recorder);
        return "recording to " + s.out() + (log.enabled() ? ", log in " + log.path() : "");
    }

    /**
     * Opens, now, the log that a recording to {@code path} started later will write: {@code play
     * --record} calls it before the set loads, so that the log holds the loading and every beat
     * handler from its first beat, and a replay reaches the recording's first frame in the state
     * the show was in (a log opened with the recording starts from the code alone, and misses what
     * handlers changed before it). Does nothing when a log is open; a bad path is left to {@link #start}.
     */
    public synchronized void openLogAhead(String path, Map<String, ?> options) {
        if (ownLog != null || engine.log().enabled()) return;
        RecordingSettings s;
        try {
            s = RecordingOptions.settings(path, options, width, height, fps);
        } catch (IllegalArgumentException e) {
            return;
        }
        logOrigin = System.nanoTime();
        openOwnLog(s.withOut(unused(s.out().toAbsolutePath())));
    }

    private void openOwnLog(RecordingSettings s) {
        try {
            ownLog = ShowLog.open(engine, ShowLog.besideRecording(s.out()), LogClock.wall(logOrigin, s.fps()), s.width(), s.height(),
                    s.fps(), messages);
        } catch (IOException e) {
            messages.println("record: " + e.getMessage() + " (recording without a log)");
        }
    }

    private void closeOwnLog() {
        if (ownLog == null) return;
        engine.log(null);
        ownLog.close();
        ownLog = null;
    }

    @Override
    public synchronized String stop() {
        if (recorder == null) return "record: nothing is being recorded";
        long end = System.nanoTime();
        recorder.endAt(end); // the video ends now; finishing the file below does not lengthen it
        try {
            tap.detach().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // No frame came in two seconds (the render loop has ended): the recorder stops anyway.
        }
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("path", recorder.settings().out().toAbsolutePath().toString());
        long first = recorder.firstFrameNanos();
        if (first >= 0 && ownLog != null) {
            // Where the video lies on the log's time line: replay renders exactly this stretch.
            fields.put("first", (first - logOrigin) / 1e9);
            fields.put("end", (recorder.videoEndNanos() - logOrigin) / 1e9);
        }
        engine.log().event(LogEvent.RECORD_STOP, fields);
        closeOwnLog(); // the log ends with the recording, not after the encoder has finished the file
        String summary = recorder.stop();
        recorder = null;
        requested = null;
        return summary;
    }

    /** {@code show.mkv}, or {@code show-2.mkv}, {@code show-3.mkv}... when it exists: an earlier show is never overwritten. */
    static Path unused(Path file) {
        if (!java.nio.file.Files.exists(file)) return file;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path p = file.resolveSibling(base + "-" + i + ext);
            if (!java.nio.file.Files.exists(p)) return p;
        }
    }

    @Override
    public synchronized boolean recording() {
        return recorder != null && recorder.active();
    }

    @Override
    public synchronized long droppedFrames() {
        return recorder == null ? 0 : recorder.dropped();
    }

    /** The running recorder (diagnostics, tests), or null. */
    public synchronized Recorder recorder() {
        return recorder;
    }

    @Override
    public String snapshot(String path) {
        Path out = path == null || path.isBlank() ? latente.render.readback.Snapshot.nextName(Path.of(".")) : Path.of(path);
        tap.snapshot(out).whenComplete((p, e) -> messages.println(e == null ? "snap: wrote " + p
                : "snap: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        return null;
    }
}
