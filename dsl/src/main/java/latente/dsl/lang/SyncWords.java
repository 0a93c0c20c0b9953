package latente.dsl.lang;

import java.io.IOException;
import latente.dsl.show.ShowControl;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.ClockSource;
import latente.runtime.midi.MidiCc;
import latente.runtime.osc.OscIn;
import latente.runtime.osc.OscSlots;

/**
 * Clock, OSC and MIDI words ({@code latente.runtime.sync.Sync} underneath): {@code tap()},
 * {@code nudge 0.05}, {@code sync 'osc'}, {@code meter 3}, {@code recv('/fader/1', 0.5)},
 * {@code send('/x', 1)}, {@code sendTo 'host:port'}, {@code cc(74)}, {@code learn()}.
 * {@code sync} and {@code meter} take effect only if the evaluation succeeds (as {@code tempo}).
 */
public interface SyncWords extends ScriptContext {
    /** {@code tap()}: one tap of tap tempo; the tempo so far (NaN on a first tap). */
    @Help(signature = "tap()", value = "one tap of tap tempo: call it on each beat")
    default double tap() {
        return showControl().tap();
    }

    /** {@code nudge 0.05}: 5% faster for half a second to pull the phase forward (negative: back). */
    @Help(signature = "nudge(fraction)", value = "runs the clock a little faster (0.05) or slower (-0.05) for half a second")
    default void nudge(Number fraction) {
        showControl().sync().nudge(fraction.doubleValue());
    }

    /** {@code sync 'midi'}: the clock follows 'internal', 'osc', 'midi' or 'audio'. */
    @Help(signature = "sync(source)", value = "the clock follows 'internal', 'osc', 'midi' or 'audio'")
    default void sync(String source) {
        ClockSource s;
        try {
            s = ClockSource.parse(source);
        } catch (IllegalArgumentException e) {
            throw new LanguageException("sync: '" + source + "' is not a clock source; use 'internal', 'osc', 'midi' or 'audio'",
                    CallSite.find(origin()), "sync");
        }
        ShowControl e = showControl();
        if (s == ClockSource.AUDIO) e.audio();
        e.whenCommitted(() -> e.sync().clock().source(s));
    }

    /** {@code meter 3}: beats per bar (1..64). */
    @Help(signature = "meter(beatsPerBar = 4)", value = "beats per bar: meter 3")
    default void meter(int beatsPerBar) {
        if (beatsPerBar < 1 || beatsPerBar > 64) {
            throw new LanguageException("meter: 1..64 beats per bar, got " + beatsPerBar, CallSite.find(origin()), "meter");
        }
        ShowControl e = showControl();
        e.whenCommitted(() -> e.sync().meter(beatsPerBar));
    }

    /** {@code recv('/fader/1', 0.5)}: the latest number sent to the address (0.5 until one arrives), always current. */
    @Help(signature = "recv(address, default = 0)", value = "the latest number sent over OSC to the address, always current: osc(recv('/freq', 10))")
    default LiveInput recv(String address, Number fallback) {
        if (address == null || !address.startsWith("/")) {
            throw new LanguageException("recv: an OSC address starts with '/', e.g. recv('/fader/1', 0.5)", CallSite.find(origin()), "recv");
        }
        ShowControl e = showControl();
        OscIn in = e.sync().oscIn();
        ParamBus bus = e.bus();
        int slot;
        if (in != null) {
            slot = in.slot(address, fallback.doubleValue());
        } else {
            boolean fresh = bus.find(OscSlots.slotName(address)) < 0;
            slot = bus.slot(OscSlots.slotName(address));
            if (fresh) bus.set(slot, fallback.doubleValue());
        }
        return new LiveInput(bus, slot, address);
    }

    default LiveInput recv(String address) {
        return recv(address, 0);
    }

    /** {@code send('/x', 1)}: an OSC message to the {@code sendTo} target; false when none is set. */
    @Help(signature = "send(address, args...)", value = "sends an OSC message to the sendTo target")
    default boolean send(String address, Object... args) {
        return showControl().sync().send(address, args);
    }

    /** {@code sendTo '192.168.1.20:9000'}: where {@code send} and the beat/scene announcements go. */
    @Help(signature = "sendTo('host:port')", value = "where send and the beat/scene announcements go")
    default void sendTo(String hostPort) {
        try {
            showControl().sync().sendTo(hostPort);
        } catch (IOException | IllegalArgumentException e) {
            throw new LanguageException("sendTo: " + e.getMessage(), CallSite.find(origin()), "sendTo");
        }
    }

    /** {@code cc(74)}: MIDI controller 74 on any channel, 0..1, always current. */
    @Help(signature = "cc(number) or cc(channel, number)", value = "a MIDI controller 0..1, always current: scale(cc(74))")
    default LiveInput cc(int number) {
        if (number < 0 || number > 127) throw new LanguageException("cc: controllers are 0..127, got " + number, CallSite.find(origin()), "cc");
        ParamBus bus = showControl().bus();
        return new LiveInput(bus, bus.slot("midi:cc:" + number), "cc " + number);
    }

    /** {@code cc(2, 74)}: controller 74 on channel 2 only. */
    default LiveInput cc(int channel, int number) {
        if (channel < 1 || channel > 16 || number < 0 || number > 127) {
            throw new LanguageException("cc: channels are 1..16 and controllers 0..127", CallSite.find(origin()), "cc");
        }
        ParamBus bus = showControl().bus();
        return new LiveInput(bus, bus.slot(new MidiCc(channel, number).slotName()), "cc " + channel + ":" + number);
    }

    /** {@code learn()}: move a controller; its channel and number are printed. Returns at once. */
    @Help(signature = "learn()", value = "move a MIDI controller: its channel and number are printed")
    default String learn() {
        ShowControl e = showControl();
        e.sync().learn().thenAccept(c -> e.say("learn: channel " + c.channel() + ", controller " + c.number()
                + "  ->  cc(" + c.number() + ") or cc(" + c.channel() + ", " + c.number() + ")"));
        return "learn: move a MIDI controller";
    }
}
