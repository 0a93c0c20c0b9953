package latente.runtime.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

/** Oscillator values at known times against their formulas. */
class SignalTest {
    private static final double EPS = 1e-12;

    @Test
    void oscillatorsAtKnownPhases() {
        assertEquals(0.5, Signals.sine().sample(0), EPS);
        assertEquals(1.0, Signals.sine().sample(0.25), EPS);
        assertEquals(0.0, Signals.sine().sample(0.75), EPS);
        assertEquals(1.0, Signals.cosine().sample(2), EPS);
        assertEquals(0.3, Signals.saw().sample(4.3), 1e-9);
        assertEquals(0.7, Signals.isaw().sample(4.3), 1e-9);
        assertEquals(0.5, Signals.tri().sample(0.25), EPS);
        assertEquals(1.0, Signals.tri().sample(0.5), EPS);
        assertEquals(0.5, Signals.tri().sample(0.75), EPS);
        assertEquals(0.0, Signals.square().sample(0.2), EPS);
        assertEquals(1.0, Signals.square().sample(0.7), EPS);
        assertEquals(0.0, Signals.saw().sample(-1), EPS);
        assertEquals(0.75, Signals.saw().sample(-0.25), EPS);
    }

    @Test
    void rangeFastSlowOffset() {
        assertEquals(3.0, Signals.saw().range(2, 4).sample(0.5), EPS);
        assertEquals(1.0, Signals.sine().fast(2).sample(0.125), EPS);
        assertEquals(0.25, Signals.saw().slow(4).sample(1), EPS);
        assertEquals(0.25, Signals.saw().offset(0.25).sample(0), EPS);
        // Offset counts periods of the underlying signal in either order.
        assertEquals(Signals.saw().fast(2).offset(0.25).sample(0.1), Signals.saw().offset(0.25).fast(2).sample(0.1), EPS);
        assertEquals(0.45, Signals.saw().fast(2).offset(0.25).sample(0.1), 1e-9);
        assertEquals(-3.0, Signals.sine().map(v -> 2 * v - 1).rangeBipolar(-3, 1).sample(0.75), EPS);
        assertEquals(-1.0, Signals.sine().map(v -> 2 * v - 1).rangeBipolar(-3, 1).sample(0), EPS);
    }

    @Test
    void arithmeticForGroovyOperators() {
        Signal s = Signals.saw().multiply(2).plus(1).minus(Signals.constant(0.5)).div(2);
        assertEquals((0.25 * 2 + 1 - 0.5) / 2, s.sample(0.25), EPS);
        assertEquals(0.125, Signals.saw().multiply(Signals.saw()).sample(1.5) / 2, EPS);
    }

    @Test
    void inSecondsUsesTheSecondsClock() {
        Moment m = new Moment(null).at(0.25, 7.0);
        assertEquals(1.0, Signals.sine().inSeconds().eval(m), EPS);
        assertEquals(0.5, Signals.sine().eval(m), EPS);
    }

    @Test
    void randIsSteppedSeededAndUniform() {
        Signal r = Signals.rand(42);
        assertEquals(r.sample(3.0), r.sample(3.99), 0);
        assertNotEquals(r.sample(3.0), r.sample(4.0));
        assertEquals(Signals.rand(42).sample(10), r.sample(10), 0);
        assertNotEquals(Signals.rand(43).sample(10), r.sample(10));
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double v = r.sample(i);
            assertTrue(v >= 0 && v < 1);
            sum += v;
        }
        assertEquals(0.5, sum / 10_000, 0.02);
        assertEquals(r.sample(1), Signals.rand(42).fast(4).sample(0.3), 0);
    }

    @Test
    void noiseIsSmoothAndHitsItsLatticeValues() {
        Signal n = Signals.noise(5);
        for (double t = 0; t < 20; t += 0.01) {
            double v = n.sample(t);
            assertTrue(v >= 0 && v <= 1);
            assertTrue(Math.abs(n.sample(t + 1e-4) - v) < 1e-3, "continuous at " + t);
        }
        // Between lattice points a and b: a + (b - a) smoothstep(f); smoothstep(1/2) = 1/2, smoothstep(1/4) = 5/32.
        double a = n.sample(3), b = n.sample(4);
        assertEquals((a + b) / 2, n.sample(3.5), 1e-12);
        assertEquals(a + (b - a) * 5 / 32, n.sample(3.25), 1e-12);
        assertNotEquals(Signals.noise(6).sample(3.5), n.sample(3.5));
    }

    @Test
    void numericPatternAsASignal() {
        Signal s = Signals.pattern(latente.runtime.pattern.MiniNotation.parse("1 [2 3] ~ 4"), 4);
        assertEquals(1, s.sample(0.5), 0);
        assertEquals(2, s.sample(1.2), 0);
        assertEquals(3, s.sample(1.6), 0);
        assertEquals(0, s.sample(2.5), 0, "rest");
        assertEquals(4, s.sample(3.99), 0);
        assertEquals(1, s.sample(4), 0, "next cycle");
    }

    @Test
    void paramReadsTheBus() {
        ParamBus bus = new ParamBus();
        bus.set("fader.1", 0.7);
        Moment m = new Moment(bus).at(0, 0);
        assertEquals(0.7, Signals.param("fader.1").eval(m), 0);
        assertEquals(0.0, Signals.param("unset").eval(m), 0);
    }
}
