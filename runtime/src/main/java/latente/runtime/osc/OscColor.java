package latente.runtime.osc;

/** The OSC {@code r} type: a 32-bit RGBA colour, 8 bits per channel, red in the high byte. */
public record OscColor(int rgba) {
    public int red() {
        return rgba >>> 24;
    }

    public int green() {
        return (rgba >>> 16) & 0xFF;
    }

    public int blue() {
        return (rgba >>> 8) & 0xFF;
    }

    public int alpha() {
        return rgba & 0xFF;
    }

    @Override
    public String toString() {
        return String.format("rgba[%d %d %d %d]", red(), green(), blue(), alpha());
    }
}
