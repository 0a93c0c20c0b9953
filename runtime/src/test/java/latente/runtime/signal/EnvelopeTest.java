package latente.runtime.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private static final double EPS = 1e-9;

    @Test
    void attackDecayFromTheLastTrigger() {
        ParamBus bus = new ParamBus();
        Envelope env = Signals.envelope(Trigger.BEAT, 0.1, 0.2);
        Moment m = new Moment(bus);
        assertEquals(0, env.eval(m.at(5, 0)), 0, "never fired");
        Trigger.fire(bus, Trigger.slot(bus, Trigger.BEAT), 10.0);
        assertEquals(0, env.eval(m.at(9.9, 0)), 0, "before the event");
        assertEquals(0.0, env.eval(m.at(10.0, 0)), EPS);
        assertEquals(0.5, env.eval(m.at(10.05, 0)), EPS);
        assertEquals(1.0, env.eval(m.at(10.1, 0)), EPS);
        assertEquals(0.5, env.eval(m.at(10.2, 0)), EPS);
        assertEquals(0.0, env.eval(m.at(10.31, 0)), EPS);
        Trigger.fire(bus, bus.find(Trigger.BEAT), 11.0);
        assertEquals(0.5, env.eval(m.at(11.05, 0)), EPS, "a new event restarts it");
    }

    @Test
    void sustainHoldReleaseAndCurve() {
        Envelope e = Signals.envelope("x", 1, 1).sustain(0.5).hold(2).release(1);
        assertEquals(0.75, e.shape(1.5), EPS);
        assertEquals(0.5, e.shape(3.0), EPS);
        assertEquals(0.25, e.shape(4.5), EPS);
        assertEquals(0.0, e.shape(5.5), EPS);
        assertEquals(0.25, e.curve("easeInQuad").shape(0.5), EPS);
    }

    @Test
    void easingCurves() {
        for (Ease e : Ease.values()) {
            assertEquals(0.0, e.apply(0), EPS, e.hydraName());
            assertEquals(1.0, e.apply(1), EPS, e.hydraName());
            assertEquals(1.0, e.apply(7), EPS, "clamped " + e.hydraName());
        }
        assertEquals(0.25, Ease.named("easeInQuad").apply(0.5), EPS);
        assertEquals(0.75, Ease.named("easeOutQuad").apply(0.5), EPS);
        assertEquals(0.125, Ease.named("easeInOutQuad").apply(0.25), EPS);
        assertEquals(0.0625, Ease.named("easeInOutCubic").apply(0.25), EPS);
        assertEquals(1 - 0.0625, Ease.named("easeInOutCubic").apply(0.75), EPS);
        assertEquals(0.0625, Ease.named("easeInQuart").apply(0.5), EPS);
        assertEquals(1 - 1.0 / 32, Ease.named("easeOutQuint").apply(0.5), EPS);
        assertEquals(0.5, Ease.named("sin").apply(0.5), EPS);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Ease.named("bounce"));
        assertEquals(true, x.getMessage().contains("easeInOutCubic"));
    }
}
