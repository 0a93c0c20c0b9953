package latente.runtime.osc;

import java.util.List;

/** An OSC bundle: a timetag and its elements (messages and nested bundles), in order. */
public record OscBundle(OscTimetag timetag, List<OscPacket> elements) implements OscPacket {
    public OscBundle {
        elements = List.copyOf(elements);
    }

    public static OscBundle of(OscTimetag timetag, OscPacket... elements) {
        return new OscBundle(timetag, List.of(elements));
    }
}
