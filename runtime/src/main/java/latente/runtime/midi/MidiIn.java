package latente.runtime.midi;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.MidiClockFollower;
import latente.runtime.clock.TimeSource;
import latente.runtime.io.DropOldestQueue;
import latente.runtime.io.ErrorCounter;

/**
 * MIDI input: a javax {@link Receiver} that a device (or a test) sends messages to.
 * Control changes go into bus slots {@code midi:cc:<channel>:<number>} and, for any channel,
 * {@code midi:cc:<number>} (0..1); notes set {@code midi:note:<n>} (velocity 0..1 while held,
 * 0 after) and are queued as {@link MidiNote} events for the control thread's {@link #poll()};
 * clock and transport messages feed a {@link MidiClockFollower}.
 *
 * <p>Thread contract: {@link #send} runs on the device's thread and never throws. Slots are
 * created on first use and their indices cached, so a steady stream allocates nothing but the
 * note events. {@link #poll} and the handlers run on the control thread.
 */
public final class MidiIn implements Receiver {
    /** Slot names made once, so reading a controller from a signal allocates nothing. */
    private static final String[] OMNI_NAMES = new String[128];
    private static final String[] CHANNEL_NAMES = new String[16 * 128];

    static {
        for (int n = 0; n < 128; n++) {
            OMNI_NAMES[n] = "midi:cc:" + n;
            for (int ch = 1; ch <= 16; ch++) CHANNEL_NAMES[(ch - 1) * 128 + n] = new MidiCc(ch, n).slotName();
        }
    }

    private final ParamBus bus;
    private final TimeSource time;
    private final DropOldestQueue<MidiNote> notes;
    private final NoteDispatcher dispatcher;
    private final ErrorCounter<MidiError> errors;
    private final int[] ccSlots = new int[16 * 128];
    private final int[] omniCcSlots = new int[128];
    private final int[] noteSlots = new int[128];
    private final AtomicReference<CompletableFuture<MidiCc>> learning = new AtomicReference<>();
    private volatile MidiClockFollower clock;

    public MidiIn(ParamBus bus, TimeSource time, int queueCapacity, Consumer<String> log) {
        this.bus = bus;
        this.time = time;
        this.notes = new DropOldestQueue<>(queueCapacity);
        this.errors = new ErrorCounter<>(MidiError.values(), "midi in", log);
        this.dispatcher = new NoteDispatcher(errors);
        Arrays.fill(ccSlots, -1);
        Arrays.fill(omniCcSlots, -1);
        Arrays.fill(noteSlots, -1);
    }

    /** Sees every channel message (the performance log); called on the device thread, must not block. */
    @FunctionalInterface
    public interface Tap {
        void message(int status, int data1, int data2);
    }

    private volatile Tap tap;

    /** Sets (or with null removes) the {@link Tap}. */
    public void tap(Tap t) {
        this.tap = t;
    }

    /** Lets clock pulses and transport drive the clock (when its source is MIDI); null stops it. */
    public void followClock(MidiClockFollower follower) {
        this.clock = follower;
    }

    @Override
    public void send(MidiMessage message, long timeStamp) {
        try {
            if (message instanceof ShortMessage m) handle(m.getStatus(), m.getData1(), m.getData2());
        } catch (Throwable t) { // never let a device thread die because of us
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
            errors.count(MidiError.INTERNAL, String.valueOf(t));
        }
    }

    private void handle(int status, int data1, int data2) {
        if (status >= 0xF0) {
            realtime(status, data1, data2);
            return;
        }
        Tap t = tap;
        if (t != null) t.message(status, data1 & 0x7F, data2 & 0x7F);
        int channel = (status & 0x0F) + 1;
        switch (status & 0xF0) {
            case ShortMessage.CONTROL_CHANGE -> controlChange(channel, data1 & 0x7F, data2 & 0x7F);
            case ShortMessage.NOTE_ON -> note(channel, data1 & 0x7F, data2 & 0x7F, (data2 & 0x7F) > 0);
            case ShortMessage.NOTE_OFF -> note(channel, data1 & 0x7F, 0, false);
            default -> { }
        }
    }

    private void realtime(int status, int data1, int data2) {
        MidiClockFollower c = clock;
        if (c == null) return;
        switch (status) {
            case ShortMessage.TIMING_CLOCK -> c.pulse(time.nanos());
            case ShortMessage.START -> c.start();
            case ShortMessage.CONTINUE -> c.resume();
            case ShortMessage.STOP -> c.stop();
            case ShortMessage.SONG_POSITION_POINTER -> c.songPosition(((data2 & 0x7F) << 7) | (data1 & 0x7F));
            default -> { }
        }
    }

    private void controlChange(int channel, int number, int value) {
        double v = value / 127.0;
        int i = (channel - 1) * 128 + number;
        if (ccSlots[i] < 0) ccSlots[i] = bus.slot(CHANNEL_NAMES[i]);
        if (omniCcSlots[number] < 0) omniCcSlots[number] = bus.slot(OMNI_NAMES[number]);
        bus.set(ccSlots[i], v);
        bus.set(omniCcSlots[number], v);
        CompletableFuture<MidiCc> learner = learning.getAndSet(null);
        if (learner != null) learner.complete(new MidiCc(channel, number));
    }

    private void note(int channel, int note, int velocity, boolean on) {
        if (noteSlots[note] < 0) noteSlots[note] = bus.slot("midi:note:" + note);
        bus.set(noteSlots[note], on ? velocity / 127.0 : 0.0);
        if (!notes.offer(new MidiNote(time.nanos(), channel, note, velocity, on))) {
            errors.count(MidiError.QUEUE_DROPPED, "the control thread is not keeping up; oldest notes dropped");
        }
    }

    /**
     * MIDI learn: completes with the next controller that moves. Asking again before that
     * replaces (and cancels) the earlier request.
     */
    public CompletableFuture<MidiCc> learn() {
        CompletableFuture<MidiCc> f = new CompletableFuture<>();
        CompletableFuture<MidiCc> old = learning.getAndSet(f);
        if (old != null) old.cancel(false);
        return f;
    }

    /** The latest value of controller {@code number} on any channel, 0..1 (0 before any). */
    public double cc(int number) {
        return bus.get(OMNI_NAMES[checkNumber(number)]);
    }

    /** The latest value of controller {@code number} on {@code channel} (1..16), 0..1. */
    public double cc(int channel, int number) {
        if (channel < 1 || channel > 16) throw new IllegalArgumentException("MIDI channel must be 1..16, got " + channel);
        return bus.get(CHANNEL_NAMES[(channel - 1) * 128 + checkNumber(number)]);
    }

    /** The bus slot of controller {@code number} on any channel, for the render thread. */
    public int ccSlot(int number) {
        return bus.slot(OMNI_NAMES[checkNumber(number)]);
    }

    /** Calls {@code handler} on the control thread for each note-on of {@code note} (-1: any note). */
    public NoteDispatcher.Route onNote(int note, Consumer<MidiNote> handler) {
        return dispatcher.on(note, true, handler);
    }

    /** Calls {@code handler} for each note-off of {@code note} (-1: any note). */
    public NoteDispatcher.Route onNoteOff(int note, Consumer<MidiNote> handler) {
        return dispatcher.on(note, false, handler);
    }

    public NoteDispatcher dispatcher() {
        return dispatcher;
    }

    /** Control thread: runs the note handlers for every queued note; returns how many notes. */
    public int poll() {
        return notes.drain(dispatcher::dispatch);
    }

    /** Control thread: hands queued notes to {@code consumer} instead (monitor, log). */
    public int drain(Consumer<MidiNote> consumer) {
        return notes.drain(consumer);
    }

    public long dropped() {
        return notes.dropped();
    }

    public ErrorCounter<MidiError> errors() {
        return errors;
    }

    private static int checkNumber(int number) {
        if (number < 0 || number > 127) throw new IllegalArgumentException("MIDI controller/note must be 0..127, got " + number);
        return number;
    }

    @Override
    public void close() {
        learning.getAndSet(null);
    }
}
