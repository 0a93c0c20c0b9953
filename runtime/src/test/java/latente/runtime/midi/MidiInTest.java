package latente.runtime.midi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.Clock;
import latente.runtime.clock.ClockSource;
import latente.runtime.clock.MidiClockFollower;
import latente.runtime.clock.SimulatedTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MidiInTest {
    private final ParamBus bus = new ParamBus();
    private final SimulatedTime time = new SimulatedTime(1_000_000_000L);
    private final List<String> log = new ArrayList<>();
    private final FakeMidiDevices devices = new FakeMidiDevices()
            .with(new MidiPortInfo("nanoKONTROL2 SLIDER/KNOB", "KORG", "", true, true));
    private MidiIn in;

    @BeforeEach
    void connect() throws Exception {
        in = new MidiIn(bus, time, 8, log::add);
        devices.openInput("nanokontrol", in);
    }

    @Test
    void controlChangesLandInNormalizedSlots() {
        devices.play(0xB0, 1, 64);      // channel 1, CC 1
        devices.play(0xB9, 7, 127);     // channel 10, CC 7
        assertEquals(64 / 127.0, bus.get("midi:cc:1:1"), 1e-12);
        assertEquals(64 / 127.0, in.cc(1), 1e-12);
        assertEquals(1.0, bus.get("midi:cc:10:7"));
        assertEquals(1.0, in.cc(10, 7));
        assertEquals(1.0, in.cc(7), "any channel");
        devices.play(0xB2, 7, 0);
        assertEquals(0.0, in.cc(7));
        assertEquals(1.0, in.cc(10, 7), "channel 10 keeps its value");
        assertThrows(IllegalArgumentException.class, () -> in.cc(128));
        assertThrows(IllegalArgumentException.class, () -> in.cc(0, 1));
    }

    @Test
    void notesAreQueuedForTheControlThread() {
        List<String> hits = new ArrayList<>();
        in.onNote(36, n -> hits.add("kick " + n.velocity()));
        in.onNote(-1, n -> hits.add("any " + n.note()));
        in.onNoteOff(36, n -> hits.add("kick off"));
        devices.play(0x99, 36, 100);    // note on, channel 10
        assertEquals(100 / 127.0, bus.get("midi:note:36"), 1e-12);
        assertTrue(hits.isEmpty(), "handlers run on the control thread's poll, not the device thread");
        devices.play(0x90, 38, 90);
        devices.play(0x89, 36, 0);      // note off
        devices.play(0x90, 38, 0);      // note on with velocity 0 is a note off
        assertEquals(0.0, bus.get("midi:note:36"));
        assertEquals(4, in.poll());
        assertEquals(List.of("kick 100", "any 36", "any 38", "kick off"), hits);
    }

    @Test
    void theQueueDropsTheOldestWhenFullAndCounts() {
        List<Integer> notes = new ArrayList<>();
        in.onNote(-1, n -> notes.add(n.note()));
        for (int i = 0; i < 20; i++) devices.play(0x90, 40 + i, 100);
        in.poll();
        assertEquals(List.of(52, 53, 54, 55, 56, 57, 58, 59), notes);
        assertEquals(12, in.dropped());
        assertEquals(12, in.errors().get(MidiError.QUEUE_DROPPED));
        assertEquals(1, log.size(), "logged once");
    }

    @Test
    void aThrowingHandlerIsCountedAndTheOthersRun() {
        List<Integer> ok = new ArrayList<>();
        in.onNote(60, n -> { throw new IllegalStateException("boom"); });
        in.onNote(60, n -> ok.add(n.note()));
        devices.play(0x90, 60, 1);
        devices.play(0x90, 60, 2);
        in.poll();
        assertEquals(List.of(60, 60), ok);
        assertEquals(2, in.errors().get(MidiError.HANDLER_FAILED));
    }

    @Test
    void midiLearnReturnsTheNextControllerMoved() throws Exception {
        devices.play(0xB0, 3, 10);
        CompletableFuture<MidiCc> learned = in.learn();
        assertFalse(learned.isDone(), "a move before learning started does not count");
        devices.play(0x90, 36, 100);
        assertFalse(learned.isDone(), "notes are not controllers");
        devices.play(0xB4, 21, 99);
        assertEquals(new MidiCc(5, 21), learned.getNow(null));
        assertEquals("midi:cc:5:21", learned.get().slotName());
        devices.play(0xB0, 22, 1);
        assertEquals(new MidiCc(5, 21), learned.get(), "learn takes only one");
    }

    @Test
    void midiClockAt24PpqnDrivesTheTempo() {
        Clock clock = new Clock(time, 120);
        clock.source(ClockSource.MIDI);
        in.followClock(new MidiClockFollower(clock));
        long pulse = Math.round(60e9 / 128 / 24);
        devices.play(0xF2, 32, 0);      // song position: 32 sixteenths = beat 8 = bar 2
        devices.play(0xFB);             // continue
        for (int i = 0; i < 24 * 8; i++) {
            devices.play(0xF8);
            time.advance(pulse);
        }
        assertEquals(128, clock.bpm(), 0.01);
        double phase = clock.phase();
        assertTrue(Math.min(phase, 1 - phase) < 0.01, "locked to the pulses: phase " + phase);
        time.advance(6 * pulse);        // song beat 16.25: 8 beats played from beat 8
        assertEquals(4, clock.bar());
        assertEquals(0.25, clock.beatInBar(), 0.01);
        devices.play(0xFC);             // stop: freewheel
        double before = clock.beat();
        time.advanceSeconds(60.0 / 128);
        assertEquals(before + 1, clock.beat(), 1e-6);
    }

    @Test
    void clockOutSendsPulsesToTheDevice() throws Exception {
        Clock clock = new Clock(latente.runtime.clock.TimeSource.SYSTEM, 300);
        try (MidiClockSender sender = new MidiClockSender(clock, devices.openOutput("nano"))) {
            long end = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
            while (System.nanoTime() < end && count(0xF8) < 24) Thread.sleep(5);
        }
        assertEquals(0xFA, devices.sentToOutput.get(0).getStatus());
        assertTrue(count(0xF8) >= 24);
        assertEquals(0xFC, devices.sentToOutput.get(devices.sentToOutput.size() - 1).getStatus());
    }

    private int count(int status) {
        return (int) devices.sentToOutput.stream().filter(m -> m.getStatus() == status).count();
    }

    @Test
    void realDeviceListingWorksWithoutHardware() {
        List<MidiPortInfo> ports = new JavaxMidiDevices().list();
        for (MidiPortInfo p : ports) assertFalse(p.name().isEmpty());
    }
}
