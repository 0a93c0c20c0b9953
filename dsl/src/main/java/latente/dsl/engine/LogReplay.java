package latente.dsl.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import latente.dsl.show.EvalResult;
import latente.dsl.show.RecordingControl;
import latente.runtime.bus.ParamBus;
import latente.runtime.log.LogEvent;
import latente.runtime.record.AudioTrack;
import latente.runtime.record.FrameWriter;

/**
 * Re-renders a show from its performance log, offline and deterministically: the clock starts in
 * the logged state; before frame k (time k / fps) every event logged at or before that time is
 * applied: code re-evaluated, tempo set, audio features, bus values and OSC and MIDI values written
 * into their slots ({@link ReplayedInputs}), the set's {@code on.msg} handlers re-fired, taps
 * replayed. Audio features come from the log only (the engine's analysis is paused). Events other
 * areas own (cues, model seeds and walks) go to {@link #hook registered hooks}, which replace the
 * defaults; the ones with neither are counted and reported.
 * Thread contract: one thread, the one that owns the {@link OfflineRender}.
 */
public final class LogReplay {
    /** Applies one logged event to the replaying engine. */
    @FunctionalInterface
    public interface Hook {
        void apply(LogEvent event, Engine engine);
    }

    private final List<LogEvent> events;
    private final Map<String, Hook> hooks = new HashMap<>();
    private final Map<String, Integer> unhandled = new TreeMap<>();
    private final PrintStream messages;
    private int steps;
    private double keyframes = Double.NaN;

    public LogReplay(List<LogEvent> events, PrintStream messages) {
        this.events = events;
        this.messages = messages;
    }

    public LogReplay hook(String type, Hook hook) {
        hooks.put(type, hook);
        return this;
    }

    public LogEvent start() {
        return events.get(0);
    }

    /** The recording this log was written beside: its {@code recordstop} line with where the video lies; or null. */
    private LogEvent recording() {
        for (LogEvent e : events) if (e.type().equals(LogEvent.RECORD_STOP) && !Double.isNaN(e.number("first", Double.NaN))) return e;
        return null;
    }

    /** Log time of replay frame 0: the recording's first frame for a recording's log, else 0. */
    public double startTime() {
        LogEvent r = recording();
        return r == null ? 0 : r.number("first", 0);
    }

    /**
     * Seconds to replay: the recording's length for a recording's log (so the replay lines up
     * with the recorded video and audio), else the last event's time (the {@code stop} line).
     */
    public double duration() {
        LogEvent r = recording();
        if (r != null) return r.number("end", 0) - r.number("first", 0);
        return events.get(events.size() - 1).t();
    }

    /** The audio to mux at replay time 0: a file that was playing, or the live audio captured to a WAV; or null. */
    public AudioTrack audio() {
        double start = startTime();
        for (LogEvent e : events) {
            if (e.type().equals(LogEvent.AUDIO_FILE)) return new AudioTrack(Path.of(e.string("path")), e.number("position", 0) - e.t() + start);
            if (e.type().equals(LogEvent.AUDIO_CAPTURE)) return new AudioTrack(Path.of(e.string("path")), start - e.t());
        }
        return null;
    }

    /** Model quality asked for by {@code --steps} (0: as logged); model hooks read it. */
    public int steps() {
        return steps;
    }

    public LogReplay steps(int n) {
        steps = n;
        return this;
    }

    /** Keyframes per second of every latent stream ({@code --keyframes}; 0: one per frame; NaN: as the code asks). */
    public LogReplay keyframes(double perSecond) {
        keyframes = perSecond;
        return this;
    }

    public Map<String, Integer> unhandled() {
        return unhandled;
    }

    /** Renders frames 0..count-1 at {@code fps} into {@code writer}, reporting progress after each. */
    public void render(OfflineRender r, int count, double fps, FrameWriter writer, Progress progress) throws IOException {
        Engine engine = r.engine();
        engine.recording(RecordingControl.IGNORE);
        engine.inputs().replaying(true);
        engine.latents().stepsOverride(steps);
        engine.latents().keyframeRate(keyframes);
        // Seeds and walk moves are logged for reading; the replayed code and handlers remake them exactly.
        hooks.putIfAbsent(LogEvent.SEED, (e, en) -> { });
        hooks.putIfAbsent(LogEvent.WALK, (e, en) -> { });
        LogEvent s = start();
        engine.restoreClock(s.number("time", 0), s.number("beat", 0), s.number("bpm", 120), s.number("speed", 1));
        int next = 1;
        double start = startTime();
        // Pre-roll: a log opened before its recording (play --record opens it before the set loads)
        // steps the show, without drawing, from its opening to the first recorded frame, on the
        // frames' grid, so beat handlers see the beats the live show saw before the video began.
        int preroll = (int) Math.floor((start - s.t()) * fps);
        for (int j = preroll; j > 0; j--) {
            double t = start - j / fps;
            next = applyThrough(t, next, engine);
            engine.advance(t);
        }
        for (int k = 0; k < count; k++) {
            double t = start + k / fps;
            next = applyThrough(t, next, engine);
            writer.write(r.drawFrame(t));
            if (progress != null) progress.frame(k + 1);
        }
    }

    /** Applies the events from index {@code next} logged at or before {@code t}; returns the index of the first one left. */
    private int applyThrough(double t, int next, Engine engine) {
        while (next < events.size() && events.get(next).t() <= t + 1e-9) apply(events.get(next++), engine);
        return next;
    }

    private void apply(LogEvent e, Engine engine) {
        Hook hook = hooks.get(e.type());
        if (hook != null) {
            hook.apply(e, engine);
            return;
        }
        ParamBus bus = engine.bus();
        switch (e.type()) {
            case LogEvent.EVAL -> {
                String code = e.string("code");
                String origin = e.string("origin");
                EvalResult result = e.flag("whole") ? engine.evaluateSet(code, origin) : engine.evaluateBlock(code, origin);
                if (!result.ok() && e.flag("ok")) messages.println("replay: at " + String.format("%.2f", e.t()) + " s: " + result.error());
            }
            case LogEvent.TEMPO -> engine.bpm(e.number("bpm", engine.bpm()));
            case LogEvent.AUDIO -> e.map("values").forEach((slot, v) -> {
                if (v instanceof Number n) bus.set(bus.slot(slot), n.doubleValue());
            });
            case LogEvent.BUS -> bus.set(bus.slot(e.string("slot")), e.number("value", 0));
            case LogEvent.OSC -> {
                ReplayedInputs.osc(e, bus);
                ReplayedInputs.fireHandlers(e, engine);
            }
            case LogEvent.TAP -> engine.sync().tap();
            case LogEvent.MIDI -> ReplayedInputs.midi(e, bus);
            case LogEvent.START, LogEvent.STOP, LogEvent.RECORD, LogEvent.RECORD_STOP, LogEvent.AUDIO_FILE, LogEvent.AUDIO_CAPTURE -> { }
            default -> unhandled.merge(e.type(), 1, Integer::sum);
        }
    }
}
