package latente.dsl.lang;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * A number that is always current: an input ({@link LiveInput}: {@code recv}, {@code cc},
 * {@code audio.bass}) or arithmetic on one ({@code recv('/fader/1') * 40}, {@code audio.bass + 1}).
 * In a closure it reads as the current value; given to a visual function it stays live (an input
 * is read from its bus slot by the render thread, an expression is computed on the control
 * thread).
 *
 * <p>Arithmetic with the live number on the left stays live; with a plain number on the left
 * ({@code 40 * recv('/fader/1')}) Groovy's own arithmetic makes a plain number of the current
 * value (it reads {@link #toString()}), so write the live value first or use a closure.
 */
public abstract class LiveNumber extends Number implements DoubleSupplier {
    @Override
    public double doubleValue() {
        return getAsDouble();
    }

    @Override
    public float floatValue() {
        return (float) getAsDouble();
    }

    @Override
    public int intValue() {
        return (int) getAsDouble();
    }

    @Override
    public long longValue() {
        return (long) getAsDouble();
    }

    private LiveNumber with(Object other, java.util.function.DoubleBinaryOperator op) {
        LiveNumber self = this;
        if (other instanceof DoubleSupplier live) return new Expr(() -> op.applyAsDouble(self.getAsDouble(), live.getAsDouble()));
        double k = ((Number) other).doubleValue();
        return new Expr(() -> op.applyAsDouble(self.getAsDouble(), k));
    }

    private LiveNumber map(DoubleUnaryOperator f) {
        LiveNumber self = this;
        return new Expr(() -> f.applyAsDouble(self.getAsDouble()));
    }

    public LiveNumber plus(Number n) {
        return with(n, Double::sum);
    }

    public LiveNumber minus(Number n) {
        return with(n, (a, b) -> a - b);
    }

    public LiveNumber multiply(Number n) {
        return with(n, (a, b) -> a * b);
    }

    public LiveNumber div(Number n) {
        return with(n, (a, b) -> a / b);
    }

    public LiveNumber power(Number n) {
        return with(n, Math::pow);
    }

    public LiveNumber negative() {
        return map(a -> -a);
    }

    public int compareTo(Number n) {
        return Double.compare(getAsDouble(), n.doubleValue());
    }

    /** The current value as a decimal (what Groovy's number arithmetic parses). */
    @Override
    public String toString() {
        double v = getAsDouble();
        return Double.isFinite(v) ? Double.toString(v) : "0.0";
    }

    /** Arithmetic on live numbers, computed when read. */
    static final class Expr extends LiveNumber {
        private final DoubleSupplier value;

        Expr(DoubleSupplier value) {
            this.value = value;
        }

        @Override
        public double getAsDouble() {
            return value.getAsDouble();
        }
    }
}
