package latente.dsl.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import latente.audio.Audio;
import latente.audio.AudioEngine;
import latente.audio.AudioEvents;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.ClockSource;
import latente.runtime.log.PerformanceLog;
import latente.runtime.signal.Moment;
import latente.runtime.signal.Trigger;
import latente.runtime.sync.Sync;

/**
 * The show's inputs as one engine service: the sync library ({@link Sync}: clock, OSC, MIDI),
 * the audio input and analysis (created on first use), the set's event handlers, the
 * {@link Moment} signals are evaluated at, and the trigger slots envelopes read
 * ({@code trigger.beat}, {@code trigger.bar}, {@code trigger.onset}).
 *
 * <p>{@link #tick} runs once per control step on the control thread (offline: once per frame,
 * before the frame's live values are computed). In order: publish the clock and run OSC and
 * note handlers ({@link Sync#tick}); offline, analyse the audio up to the frame's time; feed the
 * audio tempo to the clock when it follows the audio; fire beat, bar and onset triggers and
 * handlers; write taps-free tempo changes of external sources and audio feature frames into the
 * performance log.
 */
public final class ShowInputs implements AutoCloseable {
    /** Audio slots written into the performance log, one {@code audio} line per analysis hop. */
    /** {@code /latente/cue NAME}: cues the scene NAME of the running set. */
    public static final String CUE_ADDRESS = "/latente/cue";
    static final String[] LOGGED_AUDIO = {"audio:bass", "audio:mid", "audio:high", "audio:energy", "audio:beat",
            "audio:bpm", "audio:phase", "audio:confidence", "audio:fft:0", "audio:fft:1", "audio:fft:2", "audio:fft:3"};

    private final Engine engine;
    private final ParamBus bus;
    private final Clock clock;
    private final Sync sync;
    private final Handlers handlers = new Handlers();
    private final Moment moment;
    private final int beatTrigger, barTrigger, onsetTrigger, hopSlot, audioBpmSlot, audioPhaseSlot, audioConfidenceSlot;
    private final int[] loggedAudioSlots = new int[LOGGED_AUDIO.length];
    private final double[] loggedAudio = new double[LOGGED_AUDIO.length];
    private volatile AudioEngine audioEngine;
    private volatile Audio audio;
    private volatile String audioSpec;
    private volatile String pinnedAudio;
    private volatile boolean replaying;
    private long lastBeat = Long.MIN_VALUE;
    private long lastBar = Long.MIN_VALUE;
    private double lastHop = -1;
    private double loggedBpm = Double.NaN;
    private double seconds;
    private final AudioEvents audioEvents = new AudioEvents() {
        @Override
        public void beat(long count, double at) {
            // on.beat follows the musical clock, which follows the audio beat under sync 'audio'
        }

        @Override
        public void onset(long count, double at) {
            Trigger.fire(bus, onsetTrigger, seconds);
            handlers.onset(engine.controls(), count);
        }
    };

    ShowInputs(Engine engine, ParamBus bus, Clock clock, Sync sync) {
        this.engine = engine;
        this.bus = bus;
        this.clock = clock;
        this.sync = sync;
        this.moment = new Moment(bus);
        beatTrigger = Trigger.slot(bus, Trigger.BEAT);
        barTrigger = Trigger.slot(bus, Trigger.BAR);
        onsetTrigger = Trigger.slot(bus, Trigger.ONSET);
        hopSlot = bus.slot("audio:hop");
        audioBpmSlot = bus.slot("audio:bpm");
        audioPhaseSlot = bus.slot("audio:phase");
        audioConfidenceSlot = bus.slot("audio:confidence");
        for (int i = 0; i < LOGGED_AUDIO.length; i++) loggedAudioSlots[i] = bus.slot(LOGGED_AUDIO[i]);
        sync.oscTap(e -> {
            PerformanceLog log = engine.log();
            if (log.enabled()) log.osc(e.message().address(), loggable(e.message().args()));
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
    public synchronized Audio audio() {
        if (audio == null) {
            boolean live = engine.isLive();
            AudioEngine e = new AudioEngine(bus, engine::say, live);
            if (live) e.start();
            audioEngine = e;
            audio = new Audio(bus, e);
        }
        return audio;
    }

    /** True once anything asked for audio. */
    public boolean audioStarted() {
        return audioEngine != null;
    }

    /**
     * {@code audio.input 'track.wav'}: a file (resolved against the set's folder), a device name,
     * "default" or "none". Asking again for what is already playing changes nothing, so saving a
     * set that names its track does not restart the track. Never throws.
     */
    public synchronized String audioInput(String spec) {
        if (pinnedAudio != null) {
            if (!spec.equals(pinnedAudio)) engine.say("audio: the command line chose " + pinnedAudio + "; the set's audio.input '" + spec + "' is ignored");
            return audio().toString();
        }
        String resolved = spec;
        Path asFile = engine.resolve(spec);
        if (Files.isRegularFile(asFile)) {
            resolved = asFile.toString();
        } else if (!engine.isLive()) {
            // Offline there is no real time to capture in: a device gives silence (a replay takes
            // the logged audio features instead).
            resolved = "none";
        }
        if (resolved.equals(audioSpec)) return audio().toString();
        audioSpec = resolved;
        String described = audio().input(resolved);
        if (Files.isRegularFile(asFile)) engine.log().audioFile(asFile, 0);
        return described;
    }

    /** The command line's {@code --audio}: this input is used and the set's {@code audio.input} is ignored. */
    public synchronized String pinAudio(String spec) {
        String described = audioInput(spec);
        pinnedAudio = spec;
        return described;
    }

    /**
     * Replay: the audio features come from the log's {@code audio} lines, so the analysis is not
     * run (it would overwrite them) and onsets do not fire.
     */
    public void replaying(boolean on) {
        replaying = on;
    }

    /**
     * What a live recording should mux (the recording seam): the file playing now and how far
     * into it the analysis is, or nothing for a device (this build does not capture device audio).
     */
    public latente.runtime.record.ShowAudio showAudio() {
        return new latente.runtime.record.ShowAudio() {
            @Override
            public latente.runtime.record.AudioTrack playingFile() {
                String spec = audioSpec;
                if (spec == null || !Files.isRegularFile(Path.of(spec))) return null;
                return new latente.runtime.record.AudioTrack(Path.of(spec), bus.get(bus.slot("audio:time")));
            }

            @Override
            public latente.runtime.record.PcmSource liveInput() {
                return null;
            }
        };
    }

    /** The file or device last chosen with {@link #audioInput}, or null. */
    public String audioSpec() {
        return audioSpec;
    }

    /** OSC arguments as the log writes them: numbers, text and booleans as they are, anything else as text. */
    private static java.util.List<Object> loggable(java.util.List<Object> args) {
        java.util.List<Object> out = new java.util.ArrayList<>(args.size());
        for (Object a : args) out.add(a instanceof Number || a instanceof String || a instanceof Boolean ? a : String.valueOf(a));
        return out;
    }

    /** Control thread: everything the inputs do once per control step, at {@code showSeconds}. */
    void tick(double showSeconds) {
        seconds = showSeconds;
        sync.tick();
        AudioEngine ae = audioEngine;
        if (ae != null) {
            if (!engine.isLive() && !replaying) ae.advanceTo(showSeconds);
            followAudio();
        }
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
        if (ae != null && !replaying) ae.events().drain(audioEvents);
        logSourceTempo();
    }

    /** Under {@code sync 'audio'}: each new analysis hop's tempo and phase go to the clock. */
    private void followAudio() {
        double hop = bus.get(hopSlot);
        if (hop == lastHop) return;
        lastHop = hop;
        if (clock.source() == ClockSource.AUDIO) {
            sync.audioTempo().estimate(clock.now().nanos(), bus.get(audioBpmSlot), bus.get(audioPhaseSlot), bus.get(audioConfidenceSlot));
        }
        PerformanceLog log = engine.log();
        if (log.enabled()) {
            for (int i = 0; i < loggedAudio.length; i++) loggedAudio[i] = bus.get(loggedAudioSlots[i]);
            log.audio(LOGGED_AUDIO, loggedAudio);
        }
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
        AudioEngine ae = audioEngine;
        if (ae != null) ae.close();
    }
}
