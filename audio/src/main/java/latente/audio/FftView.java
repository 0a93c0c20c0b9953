package latente.audio;

import latente.runtime.bus.ParamBus;

/**
 * Hydra's {@code a.fft}: {@code audio.fft[i]} in Groovy calls {@link #getAt(int)}. Reads the bus
 * (lock-free, any thread); an index outside the current bins reads 0, never throws.
 */
public final class FftView {
    private final ParamBus bus;
    private final AudioPublisher slots;

    FftView(ParamBus bus, AudioPublisher slots) {
        this.bus = bus;
        this.slots = slots;
    }

    public double getAt(int i) {
        if (i < 0 || i >= size()) return 0;
        return bus.get(slots.fftSlot(i));
    }

    /** The number of bins ({@code a.setBins}). */
    public int size() {
        return (int) bus.get(slots.binsSlot());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size(); i++) b.append(i == 0 ? "" : ", ").append(String.format("%.3f", getAt(i)));
        return b.append(']').toString();
    }
}
