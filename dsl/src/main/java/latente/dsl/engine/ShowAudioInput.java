package latente.dsl.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import latente.audio.Audio;
import latente.audio.AudioEngine;
import latente.audio.AudioEvents;
import latente.audio.analysis.Spectrum;
import latente.dsl.control.Handlers;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.ClockSource;
import latente.runtime.log.PerformanceLog;
import latente.runtime.record.AudioTrack;
import latente.runtime.record.PcmSource;
import latente.runtime.record.ShowAudio;
import latente.runtime.signal.Trigger;
import latente.runtime.sync.Sync;

/**
 * The show's audio input: the audio engine (created the first time a set touches {@code audio}),
 * the input choice, the clock following the beat tracker under {@code sync 'audio'}, onsets for
 * {@code on.onset} and {@code env('onset')}, and audio feature frames for the performance log.
 *
 * <p>Live the analysis runs on the audio engine's own thread in real time; offline it is driven
 * from {@link #tick} with the frame's time ({@code paced = false}), so renders are deterministic;
 * in a replay it does not run at all (the features come from the log). Offline the analysis runs
 * ahead of the frame by {@link #LOOKAHEAD_SECONDS} plus half a frame, so its window is centred
 * within half a frame of the frame's time and an onset is found before the frame nearest to it is
 * drawn; events wait in the queue until that frame, so onsets land on their own frame (the
 * analysis places them on its 11.6 ms hops, well inside half a frame).
 *
 * <p>Thread contract: {@link #tick} on the control thread (or the offline loop); the rest from
 * the eval thread, synchronized.
 */
final class ShowAudioInput {
    /** Offline look-ahead beyond half a frame: half an analysis window, centring the window on the frame. */
    static final double LOOKAHEAD_SECONDS = Spectrum.WINDOW / 2.0 / AudioEngine.DEFAULT_RATE;
    /** Audio slots written into the performance log, one {@code audio} line per analysis hop. */
    static final String[] LOGGED = {"audio:bass", "audio:mid", "audio:high", "audio:energy", "audio:beat",
            "audio:bpm", "audio:phase", "audio:confidence", "audio:fft:0", "audio:fft:1", "audio:fft:2", "audio:fft:3"};

    private final Engine engine;
    private final ParamBus bus;
    private final Clock clock;
    private final Sync sync;
    private final Handlers handlers;
    private final int onsetTrigger, hopSlot, bpmSlot, phaseSlot, confidenceSlot, timeSlot;
    private final int[] loggedSlots = new int[LOGGED.length];
    private final double[] logged = new double[LOGGED.length];
    private volatile AudioEngine audioEngine;
    private volatile Audio audio;
    private volatile String spec;
    private volatile String pinned;
    private volatile boolean replaying;
    private double lastHop = -1;
    private double seconds;
    private double lastTick = -1;
    private final AudioEvents events = new AudioEvents() {
        @Override
        public void beat(long count, double at) {
            // on.beat follows the musical clock, which follows the audio beat under sync 'audio'
        }

        @Override
        public void onset(long count, double at) {
            // Offline the event's own time is on the show's time line (an onset up to half a frame
            // ahead counts as now); live it is the input's, so the event fires at the current time.
            Trigger.fire(bus, onsetTrigger, engine.isLive() ? seconds : Math.min(at, seconds));
            handlers.onset(engine.controls(), count);
        }
    };

    ShowAudioInput(Engine engine, ParamBus bus, Clock clock, Sync sync, Handlers handlers) {
        this.engine = engine;
        this.bus = bus;
        this.clock = clock;
        this.sync = sync;
        this.handlers = handlers;
        onsetTrigger = Trigger.slot(bus, Trigger.ONSET);
        hopSlot = bus.slot("audio:hop");
        bpmSlot = bus.slot("audio:bpm");
        phaseSlot = bus.slot("audio:phase");
        confidenceSlot = bus.slot("audio:confidence");
        timeSlot = bus.slot("audio:time");
        for (int i = 0; i < LOGGED.length; i++) loggedSlots[i] = bus.slot(LOGGED[i]);
    }

    synchronized Audio audio() {
        if (audio == null) {
            boolean live = engine.isLive();
            AudioEngine e = new AudioEngine(bus, engine::say, live);
            if (live) e.start();
            audioEngine = e;
            audio = new Audio(bus, e);
        }
        return audio;
    }

    boolean started() {
        return audioEngine != null;
    }

    synchronized String input(String wanted) {
        if (pinned != null) {
            if (!wanted.equals(pinned)) engine.say("audio: the command line chose " + pinned + "; the set's audio.input '" + wanted + "' is ignored");
            return audio().toString();
        }
        String resolved = wanted;
        Path asFile = engine.resolve(wanted);
        if (Files.isRegularFile(asFile)) {
            resolved = asFile.toString();
        } else if (!engine.isLive()) {
            // Offline there is no real time to capture in: a device gives silence (a replay takes
            // the logged audio features instead).
            resolved = "none";
        }
        if (resolved.equals(spec)) return audio().toString();
        spec = resolved;
        String described = audio().input(resolved);
        if (Files.isRegularFile(asFile)) engine.log().audioFile(asFile, 0);
        return described;
    }

    synchronized String pin(String wanted) {
        String described = input(wanted);
        pinned = wanted;
        return described;
    }

    String spec() {
        return spec;
    }

    void replaying(boolean on) {
        replaying = on;
    }

    ShowAudio showAudio() {
        return new ShowAudio() {
            @Override
            public AudioTrack playingFile() {
                String s = spec;
                if (s == null || !Files.isRegularFile(Path.of(s))) return null;
                return new AudioTrack(Path.of(s), bus.get(timeSlot));
            }

            @Override
            public PcmSource liveInput() {
                return null; // capturing device audio into a recording is not wired in this build
            }
        };
    }

    /** Control thread: offline analysis up to {@code showSeconds}, clock following, log frames, onsets. */
    void tick(double showSeconds) {
        seconds = showSeconds;
        AudioEngine ae = audioEngine;
        if (ae == null) return;
        boolean offline = !engine.isLive() && !replaying;
        double halfFrame = lastTick >= 0 && showSeconds > lastTick ? (showSeconds - lastTick) / 2 : 0;
        lastTick = showSeconds;
        if (offline) ae.advanceTo(showSeconds + halfFrame + LOOKAHEAD_SECONDS);
        double hop = bus.get(hopSlot);
        if (hop != lastHop) {
            lastHop = hop;
            if (clock.source() == ClockSource.AUDIO) {
                // The tracker's phase holds at the end of what it analysed: ahead of now offline.
                long ahead = offline ? Math.round((ae.analysedSeconds() - showSeconds) * 1e9) : 0;
                sync.audioTempo().estimate(clock.now().nanos() + ahead, bus.get(bpmSlot), bus.get(phaseSlot), bus.get(confidenceSlot));
            }
            PerformanceLog log = engine.log();
            if (log.enabled()) {
                for (int i = 0; i < logged.length; i++) logged[i] = bus.get(loggedSlots[i]);
                log.audio(LOGGED, logged);
            }
        }
        if (offline) ae.events().drainUntil(showSeconds + halfFrame, events);
        else if (!replaying) ae.events().drain(events);
    }

    void close() {
        AudioEngine ae = audioEngine;
        if (ae != null) ae.close();
    }
}
