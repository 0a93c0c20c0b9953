package latente.runtime.midi;

/** A MIDI port as listed to the user: its name (used to open it) and which ways it goes. */
public record MidiPortInfo(String name, String vendor, String description, boolean input, boolean output) {
    /** One line for {@code latente midi devices}. */
    public String describe() {
        String dir = input && output ? "in/out" : input ? "in" : "out";
        return String.format("%-6s %s%s", dir, name,
                description == null || description.isBlank() || description.equals(name) ? "" : "  (" + description + ")");
    }
}
