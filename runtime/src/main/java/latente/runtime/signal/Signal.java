package latente.runtime.signal;

import java.util.function.DoubleUnaryOperator;

/**
 * A signal: a pure function of time (and of the bus) giving one number, evaluated on the control
 * thread. {@code t} is the signal's local time: beats for a signal evaluated with {@link #eval},
 * scaled and shifted by {@link #fast}, {@link #slow} and {@link #offset}.
 *
 * <p>The built-in oscillators ({@link Signals}) are unipolar (0..1) with a period of one unit of
 * local time; {@link #range} maps 0..1 onto any interval. Evaluation never allocates: every
 * combinator builds its wrapper once, at construction. Combinator methods are named for Groovy
 * too ({@code plus}, {@code minus}, {@code multiply}, {@code div} make {@code sine() * 2} work).
 */
@FunctionalInterface
public interface Signal {
    /** The value at local time t. */
    double at(double t, Moment m);

    /** The value at the moment's beat position. */
    default double eval(Moment m) {
        return at(m.beats(), m);
    }

    /** Cold-path convenience (allocates): the value at a beat position, with no bus. */
    default double sample(double beats) {
        return at(beats, new Moment(null).at(beats, beats));
    }

    /** Runs {@code factor} times faster. */
    default Signal fast(double factor) {
        return new Warp(this, factor, 0);
    }

    default Signal slow(double factor) {
        return fast(1 / factor);
    }

    /**
     * Shifts the phase forward by {@code o} periods of the underlying signal, whatever
     * fast/slow were applied (so {@code sine().fast(2).offset(0.25)} is a quarter period).
     */
    default Signal offset(double o) {
        return new Warp(this, 1, o);
    }

    /** Maps 0..1 onto lo..hi (a value v becomes lo + v (hi - lo)). */
    default Signal range(double lo, double hi) {
        Signal self = this;
        double span = hi - lo;
        return (t, m) -> lo + self.at(t, m) * span;
    }

    /** Maps -1..1 onto lo..hi (for bipolar inputs). */
    default Signal rangeBipolar(double lo, double hi) {
        Signal self = this;
        double span = hi - lo;
        return (t, m) -> lo + (self.at(t, m) + 1) * 0.5 * span;
    }

    /** The value clamped to 0..1 and shaped by an easing curve. */
    default Signal ease(Ease e) {
        Signal self = this;
        return (t, m) -> e.apply(self.at(t, m));
    }

    default Signal ease(String hydraName) {
        return ease(Ease.named(hydraName));
    }

    default Signal map(DoubleUnaryOperator f) {
        Signal self = this;
        return (t, m) -> f.applyAsDouble(self.at(t, m));
    }

    /** Evaluates everything to the left on the seconds clock instead of beats. */
    default Signal inSeconds() {
        Signal self = this;
        return (t, m) -> self.at(m.seconds(), m);
    }

    default Signal plus(double k) {
        Signal self = this;
        return (t, m) -> self.at(t, m) + k;
    }

    default Signal plus(Signal o) {
        Signal self = this;
        return (t, m) -> self.at(t, m) + o.at(t, m);
    }

    default Signal minus(double k) {
        return plus(-k);
    }

    default Signal minus(Signal o) {
        Signal self = this;
        return (t, m) -> self.at(t, m) - o.at(t, m);
    }

    default Signal multiply(double k) {
        Signal self = this;
        return (t, m) -> self.at(t, m) * k;
    }

    default Signal multiply(Signal o) {
        Signal self = this;
        return (t, m) -> self.at(t, m) * o.at(t, m);
    }

    default Signal div(double k) {
        return multiply(1 / k);
    }

    /** Alias of {@link #plus(double)} for Java callers. */
    default Signal add(double k) {
        return plus(k);
    }

    /** Alias of {@link #multiply(double)} for Java callers. */
    default Signal mul(double k) {
        return multiply(k);
    }
}
