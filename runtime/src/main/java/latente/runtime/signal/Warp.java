package latente.runtime.signal;

/**
 * Time scaling and phase shift of a signal: inner(t * speed + shift). Chained fast/slow/offset
 * fold into one Warp, keeping the shift in periods of the inner signal.
 */
final class Warp implements Signal {
    private final Signal inner;
    private final double speed;
    private final double shift;

    Warp(Signal inner, double speed, double shift) {
        this.inner = inner;
        this.speed = speed;
        this.shift = shift;
    }

    @Override
    public double at(double t, Moment m) {
        return inner.at(t * speed + shift, m);
    }

    @Override
    public Signal fast(double factor) {
        return new Warp(inner, speed * factor, shift);
    }

    @Override
    public Signal offset(double o) {
        return new Warp(inner, speed, shift + o);
    }
}
