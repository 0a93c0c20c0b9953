package latente.dsl.engine;

import java.util.ArrayList;
import java.util.List;
import latente.audio.Audio;
import latente.dsl.control.Handlers;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.ClockSource;
import latente.runtime.log.PerformanceLog;
import latente.runtime.record.ShowAudio;
import latente.runtime.signal.Moment;
import latente.runtime.signal.Trigger;
import latente.runtime.sync.Sync;

/**
 * The show's inputs as one engine service: the sync library ({@link Sync}: clock, OSC, MIDI),
 * the audio input ({@link ShowAudioInput}), the set's event handlers, the {@link Moment} signals
 * are evaluated at, and the trigger slots envelopes read ({@code trigger.beat}, {@code trigger.bar},
 * {@code trigger.onset}).
 *
 * <p>{@link #tick} runs once per control step on the control thread (offline: once per frame,
 * before the frame's live values are computed). In order: publish the clock and run OSC and
 * note handlers ({@link Sync#tick}); the audio step (offline analysis, the clock following the
 * tracker, onsets); beat and bar triggers and {@code on.beat} handlers; tempo changes that
 * external sources made, into the performance log. OSC and MIDI messages are logged as they
 * are handled.
 */
public final class ShowInputs implements AutoCloseable {
    /** {@code /latente/cue NAME}: cues the scene NAME of the running set. */
    public static final String CUE_ADDRESS = "/latente/cue";
    /** Code over OSC ({@code /latente/eval TOKEN CODE}); see the eval gate. */
    public static final String EVAL_ADDRESS = "/latente/eval";

    private final Engine engine;
    private final ParamBus bus;
    private final Clock clock;
    private final Sync sync;
    private final Handlers handlers = new Handlers();
    private final ShowAudioInput audio;
    private final Moment moment;
    private final int beatTrigger, barTrigger;
    private long lastBeat = Long.MIN_VALUE;
    private long lastBar = Long.MIN_VALUE;
    private double loggedBpm = Double.NaN;

    ShowInputs(Engine engine, ParamBus bus, Clock clock, Sync sync) {
        this.engine = engine;
        this.bus = bus;
        this.clock = clock;
        this.sync = sync;
        this.audio = new ShowAudioInput(engine, bus, clock, sync, handlers);
        this.moment = new Moment(bus);
        beatTrigger = Trigger.slot(bus, Trigger.BEAT);
        barTrigger = Trigger.slot(bus, Trigger.BAR);
        sync.oscTap(e -> {
            PerformanceLog log = engine.log();
            // Code over OSC carries the eval token: the evaluation is logged as an eval, the message never.
            if (log.enabled() && !e.message().address().startsWith(EVAL_ADDRESS)) log.osc(e.message().address(), loggable(e.message().args()));
        });
        sync.midi().tap((status, d1, d2) -> engine.log().midi(status, d1, d2));
        // Built in, never cleared with the set's handlers: another program cues a scene by name.
        sync.onMsg(CUE_ADDRESS, m -> {
            String name = m.string(0, null);
            if (name != null) engine.cueLater(name);
        });
    }

    public Sync sync() {
        return sync;
    }

    public Handlers handlers() {
        return handlers;
    }

    /** Where signals are evaluated: show seconds and beats of the current control step (control thread only). */
    public Moment moment() {
        return moment;
    }

    /**
     * The audio object of the language ({@code audio}, {@code a}); the analysis starts on first
     * use: live on its own thread in real time, offline driven by frame time (deterministic).
     */
    public Audio audio() {
        return audio.audio();
    }

    /** True once anything asked for audio. */
    public boolean audioStarted() {
        return audio.started();
    }

    /**
     * {@code audio.input 'track.wav'}: a file (resolved against the set's folder), a device name,
     * "default" or "none" (offline, a device is silence). Asking again for what is already playing
     * changes nothing, so saving a set that names its track does not restart it. Never throws.
     */
    public String audioInput(String spec) {
        return audio.input(spec);
    }

    /** The command line's {@code --audio}: this input is used and the set's {@code audio.input} is ignored. */
    public String pinAudio(String spec) {
        return audio.pin(spec);
    }

    /** The file or device last chosen with {@link #audioInput}, or null. */
    public String audioSpec() {
        return audio.spec();
    }

    /** Replay: the audio features come from the log, so the analysis is not run and onsets do not fire. */
    public void replaying(boolean on) {
        audio.replaying(on);
    }

    /** What a live recording should mux: the file playing now and its position (the recording seam). */
    public ShowAudio showAudio() {
        return audio.showAudio();
    }

    /** OSC arguments as the log writes them: numbers, text and booleans as they are, anything else as text. */
    private static List<Object> loggable(List<Object> args) {
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) out.add(a instanceof Number || a instanceof String || a instanceof Boolean ? a : String.valueOf(a));
        return out;
    }

    /** Control thread: everything the inputs do once per control step, at {@code showSeconds}. */
    void tick(double showSeconds) {
        sync.tick();
        audio.tick(showSeconds);
        double beat = clock.beat();
        moment.at(showSeconds, beat);
        long whole = (long) Math.floor(beat);
        if (whole != lastBeat) {
            if (lastBeat != Long.MIN_VALUE) Trigger.fire(bus, beatTrigger, showSeconds);
            lastBeat = whole;
        }
        long bar = clock.bar();
        if (bar != lastBar) {
            if (lastBar != Long.MIN_VALUE) Trigger.fire(bus, barTrigger, showSeconds);
            lastBar = bar;
        }
        handlers.beat(engine.controls(), beat);
        logSourceTempo();
    }

    /** Tempo changes that come from OSC, MIDI clock or the audio tracker (code and taps log their own). */
    private void logSourceTempo() {
        ClockSource source = clock.source();
        double bpm = clock.bpm();
        if (source == ClockSource.INTERNAL) {
            loggedBpm = bpm;
            return;
        }
        if (Double.isNaN(loggedBpm) || Math.abs(bpm - loggedBpm) > 0.05) {
            loggedBpm = bpm;
            engine.log().tempo(bpm, source.name().toLowerCase());
        }
    }

    @Override
    public void close() {
        try {
            sync.close();
        } catch (Exception e) {
            engine.say("inputs: " + e.getMessage());
        }
        audio.close();
    }
}
