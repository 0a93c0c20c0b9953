package latente.runtime.clock;

/** Who sets the tempo and phase of the {@link Clock}. */
public enum ClockSource {
    /** The clock's own tempo ({@code tempo}, tap tempo, nudge). */
    INTERNAL,
    /** {@code /tempo} (BPM) and {@code /beat} (count) OSC messages. */
    OSC,
    /** MIDI clock in: 24 pulses per quarter note, start, stop, continue, song position. */
    MIDI,
    /** The audio beat tracker, through {@link TempoFollower}. */
    AUDIO;

    /** Parses a user-typed name ("internal", "osc", "midi", "audio"), case-insensitive. */
    public static ClockSource parse(String name) {
        for (ClockSource s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) return s;
        }
        throw new IllegalArgumentException("unknown clock source '" + name + "' (internal, osc, midi, audio)");
    }
}
