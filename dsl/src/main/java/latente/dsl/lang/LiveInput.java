package latente.dsl.lang;

import latente.runtime.bus.ParamBus;

/**
 * A value another thread keeps up to date in a bus slot: an OSC address ({@code recv}), a MIDI
 * controller ({@code cc}), an audio feature ({@code audio.bass}, {@code a.fft[0]}). Given to a
 * visual function it is read by the render thread every frame ({@code osc(recv('/freq', 10))},
 * {@code scale(audio.bass)}); in a closure it is a number that is always current
 * ({@code { audio.bass * 0.4 }}). See {@link LiveNumber} for arithmetic.
 */
public final class LiveInput extends LiveNumber {
    private final transient ParamBus bus;
    private final int slot;
    private final String name;

    public LiveInput(ParamBus bus, int slot, String name) {
        this.bus = bus;
        this.slot = slot;
        this.name = name;
    }

    public int slot() {
        return slot;
    }

    public String name() {
        return name;
    }

    @Override
    public double getAsDouble() {
        return bus.get(slot);
    }
}
