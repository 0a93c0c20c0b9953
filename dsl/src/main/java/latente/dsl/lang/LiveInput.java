package latente.dsl.lang;

import java.util.function.DoubleSupplier;
import latente.runtime.bus.ParamBus;

/**
 * A value another thread keeps up to date in a bus slot: an OSC address ({@code recv}), a MIDI
 * controller ({@code cc}), an audio feature ({@code audio.bass}, {@code a.fft[0]}). Given to a
 * visual function it is read by the render thread every frame ({@code osc(recv('/freq', 10))},
 * {@code scale(audio.bass)}); in a closure it is a number that is always current
 * ({@code { audio.bass * 0.4 }}), because it is a {@link Number} whose value is read on every use.
 *
 * <p>Arithmetic with the input on the left ({@code audio.bass * 2}) is done here in doubles;
 * with a number on the left Groovy's own number arithmetic reads {@link #toString()}.
 */
public final class LiveInput extends Number implements DoubleSupplier {
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

    @Override
    public double doubleValue() {
        return bus.get(slot);
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public int intValue() {
        return (int) doubleValue();
    }

    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    public double plus(Number n) {
        return doubleValue() + n.doubleValue();
    }

    public double minus(Number n) {
        return doubleValue() - n.doubleValue();
    }

    public double multiply(Number n) {
        return doubleValue() * n.doubleValue();
    }

    public double div(Number n) {
        return doubleValue() / n.doubleValue();
    }

    public double power(Number n) {
        return Math.pow(doubleValue(), n.doubleValue());
    }

    public double negative() {
        return -doubleValue();
    }

    public int compareTo(Number n) {
        return Double.compare(doubleValue(), n.doubleValue());
    }

    /** The current value as a decimal (what Groovy's number arithmetic parses). */
    @Override
    public String toString() {
        double v = doubleValue();
        return Double.isFinite(v) ? Double.toString(v) : "0.0";
    }
}
