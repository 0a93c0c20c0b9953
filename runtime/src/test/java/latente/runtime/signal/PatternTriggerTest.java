package latente.runtime.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import latente.runtime.bus.ParamBus;
import latente.runtime.pattern.MiniNotation;
import org.junit.jupiter.api.Test;

/** A pattern's onsets fire an envelope's trigger at their exact times. */
class PatternTriggerTest {
    @Test
    void onsetsFireTheTriggerAtTheirTime() {
        ParamBus bus = new ParamBus();
        // "x ~ x x" over a 4-beat cycle: onsets at beats 0, 2, 3. At 120 BPM a beat is 0.5 s.
        PatternTrigger pt = new PatternTrigger(MiniNotation.parse("x ~ x x"), "hits", 4);
        Envelope env = Signals.envelope("hits", 0, 0.25);
        Moment m = new Moment(bus);
        int fired = 0;
        double tick = 0.1; // beats per control tick
        double lastTrigger = Double.NaN;
        for (int i = 0; i < 40; i++) {
            double from = i * tick, to = (i + 1) * tick;
            fired += pt.advance(bus, from, to, to * 0.5, 0.5);
            if (i == 20) lastTrigger = bus.get("hits");
        }
        assertEquals(3, fired);
        assertEquals(1.0, lastTrigger, 1e-9, "after beat 2.1 the last onset was beat 2 = 1.0 s");
        assertEquals(1.5, bus.get("hits"), 1e-9, "beat 3 = 1.5 s");
        assertEquals(0.6, env.eval(m.at(1.6, 3.2)), 1e-9, "0.1 s into a 0.25 s decay");
        assertEquals(0, pt.advance(bus, 3.1, 3.9, 1.95, 0.5));
    }
}
