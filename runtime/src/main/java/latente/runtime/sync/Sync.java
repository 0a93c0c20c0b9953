package latente.runtime.sync;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.sound.midi.MidiUnavailableException;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.BeatCountFollower;
import latente.runtime.clock.Clock;
import latente.runtime.clock.ClockSource;
import latente.runtime.clock.MidiClockFollower;
import latente.runtime.clock.TempoFollower;
import latente.runtime.clock.TimeSource;
import latente.runtime.io.ErrorCounter;
import latente.runtime.midi.MidiCc;
import latente.runtime.midi.MidiClockSender;
import latente.runtime.midi.MidiDevices;
import latente.runtime.midi.MidiIn;
import latente.runtime.midi.MidiNote;
import latente.runtime.midi.NoteDispatcher;
import latente.runtime.osc.OscAnnouncer;
import latente.runtime.osc.OscDispatcher;
import latente.runtime.osc.OscError;
import latente.runtime.osc.OscEvent;
import latente.runtime.osc.OscIn;
import latente.runtime.osc.OscInConfig;
import latente.runtime.osc.OscMessage;
import latente.runtime.osc.OscOut;

/**
 * Everything that keeps Latente in time with the outside world, behind one object whose methods
 * are the DSL's words: the clock ({@code tempo}, {@code tap}, {@code nudge}, {@code sync}),
 * OSC in and out ({@code recv}, {@code on.msg}, {@code send}), MIDI ({@code cc},
 * {@code on.note}, {@code learn}) and announcing beats and scenes.
 *
 * <p>Thread contract: the control thread calls {@link #tick()} once per control step: it
 * publishes the clock into the bus, runs the OSC and note handlers of everything that arrived
 * since, and announces beats. Handlers subscribed here survive opening or reopening the OSC
 * port. The other methods may be called from the eval and control threads.
 */
public final class Sync implements AutoCloseable {
    private final ParamBus bus;
    private final Clock clock;
    private final Consumer<String> log;
    private final OscDispatcher oscHandlers;
    private final BeatCountFollower oscClock;
    private final MidiIn midi;
    private volatile OscIn oscIn;
    private volatile OscOut oscOut;
    private volatile OscAnnouncer announcer;
    private volatile Consumer<OscEvent> oscTap;
    private AutoCloseable midiPort;
    private MidiClockSender midiClockOut;

    public Sync(ParamBus bus, TimeSource time, Consumer<String> log) {
        this.bus = bus;
        this.log = log;
        this.clock = new Clock(time);
        this.oscHandlers = new OscDispatcher(new ErrorCounter<>(OscError.values(), "osc handlers", log));
        this.oscClock = new BeatCountFollower(clock, ClockSource.OSC);
        this.midi = new MidiIn(bus, time, 1024, log);
        midi.followClock(new MidiClockFollower(clock));
    }

    public Clock clock() {
        return clock;
    }

    // ---- clock words

    /** {@code tempo 124}: sets the tempo and follows the internal clock. */
    public void tempo(double bpm) {
        clock.tempo(bpm);
    }

    /** {@code tap()}: one tap of tap tempo; returns the tempo so far (NaN on a first tap). */
    public double tap() {
        return clock.tap();
    }

    /** {@code nudge 0.05}: 5% faster for half a second (negative: slower). */
    public void nudge(double fraction) {
        clock.nudge(fraction, 0.5);
    }

    /** {@code sync 'midi'}: follow "internal", "osc", "midi" or "audio". */
    public void sync(String source) {
        clock.source(ClockSource.parse(source));
    }

    /** {@code meter 3}: beats per bar. */
    public void meter(int beatsPerBar) {
        clock.meter(beatsPerBar);
    }

    /** Where the audio beat tracker sends its estimates. */
    public TempoFollower audioTempo() {
        return clock.audioInput();
    }

    // ---- OSC

    /** Listens for OSC on {@code port} (closing an earlier port); IOException when it is taken. */
    public OscIn listen(int port) throws IOException {
        return listen(OscInConfig.defaults().withPort(port));
    }

    /** Listens with full settings (interface, limits); closes an earlier port. */
    public synchronized OscIn listen(OscInConfig config) throws IOException {
        if (oscIn != null) oscIn.close();
        oscIn = new OscIn(bus, config, log);
        oscIn.followClock(oscClock, clock.time());
        return oscIn;
    }

    public OscIn oscIn() {
        return oscIn;
    }

    /** {@code recv('/fader/1', 0.5)}: the latest number sent to the address, or the default. */
    public double recv(String address, double fallback) {
        OscIn in = oscIn;
        return in == null ? fallback : in.value(address, fallback);
    }

    /** {@code on.msg('/layer/*') { args -> }}: runs on the control thread for each matching message. */
    public OscDispatcher.Route onMsg(String pattern, Consumer<OscMessage> handler) {
        return oscHandlers.on(pattern, handler);
    }

    /** {@code sendTo 'host:port'}: where {@code send} and the announcements go. */
    public synchronized void sendTo(String hostPort) throws IOException {
        if (oscOut != null) oscOut.close();
        oscOut = OscOut.to(hostPort, log);
        announcer = new OscAnnouncer(oscOut);
    }

    /** {@code send('/x', 1)}: false when no target is set or sending failed. */
    public boolean send(String address, Object... args) {
        OscOut out = oscOut;
        return out != null && out.send(address, args);
    }

    /** Tells other software the scene changed ({@code /latente/scene s}). */
    public void scene(String name) {
        OscAnnouncer a = announcer;
        if (a != null) a.scene(name);
    }

    /** Runs the {@code on.msg} handlers for {@code m} as if it had arrived (a replay re-firing logged messages). */
    public int dispatch(OscMessage m) {
        return oscHandlers.dispatch(m);
    }

    /** Sees every OSC event (for the performance log) on the control thread before its handlers. */
    public void oscTap(Consumer<OscEvent> tap) {
        this.oscTap = tap;
    }

    // ---- MIDI

    public MidiIn midi() {
        return midi;
    }

    /** Connects the MIDI input port named like {@code name} (closing an earlier one). */
    public synchronized void midiIn(MidiDevices devices, String name) throws Exception {
        if (midiPort != null) midiPort.close();
        midiPort = devices.openInput(name, midi);
    }

    /** Sends MIDI clock to the output port named like {@code name}. */
    public synchronized void midiClockOut(MidiDevices devices, String name) throws MidiUnavailableException {
        if (midiClockOut != null) midiClockOut.close();
        midiClockOut = new MidiClockSender(clock, devices.openOutput(name));
    }

    /** {@code cc(1)}: controller 1 on any channel, 0..1. */
    public double cc(int number) {
        return midi.cc(number);
    }

    /** {@code on.note(36) { }}: runs on the control thread for each note-on of 36 (-1: any). */
    public NoteDispatcher.Route onNote(int note, Consumer<MidiNote> handler) {
        return midi.onNote(note, handler);
    }

    /** {@code learn()}: the next controller moved. */
    public CompletableFuture<MidiCc> learn() {
        return midi.learn();
    }

    // ---- control thread

    /** Once per control step: publish the clock, run handlers, announce beats. */
    public void tick() {
        clock.publish(bus);
        OscIn in = oscIn;
        if (in != null) {
            Consumer<OscEvent> tap = oscTap;
            in.drain(e -> {
                if (tap != null) tap.accept(e);
                oscHandlers.dispatch(e.message());
            });
        }
        midi.poll();
        OscAnnouncer a = announcer;
        if (a != null) a.tick(clock);
    }

    /** Drops every OSC and note handler (before a set is evaluated again). */
    public void clearHandlers() {
        oscHandlers.clear();
        midi.dispatcher().clear();
    }

    @Override
    public synchronized void close() throws Exception {
        if (oscIn != null) oscIn.close();
        if (oscOut != null) oscOut.close();
        if (midiClockOut != null) midiClockOut.close();
        if (midiPort != null) midiPort.close();
    }
}
