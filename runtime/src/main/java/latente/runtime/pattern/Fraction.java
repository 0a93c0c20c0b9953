package latente.runtime.pattern;

/**
 * An exact rational number with long numerator and denominator, always normalized (denominator
 * positive, lowest terms). Pattern time is measured in cycles with these, so that a third of a
 * cycle stays a third however often it is added up.
 *
 * <p>Arithmetic reduces before multiplying and uses exact long operations: an overflow throws
 * {@link ArithmeticException} instead of silently giving a wrong time.
 */
public final class Fraction implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    /** Denominator used by {@link #fromDouble}: 2^20 steps per cycle (sub-microsecond at 1 cycle/s). */
    public static final long DOUBLE_RESOLUTION = 1L << 20;

    private final long num;
    private final long den;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
    }

    public static Fraction of(long whole) {
        return whole == 0 ? ZERO : whole == 1 ? ONE : new Fraction(whole, 1);
    }

    public static Fraction of(long num, long den) {
        if (den == 0) throw new ArithmeticException("fraction with zero denominator: " + num + "/0");
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        return new Fraction(num / g, den / g);
    }

    /** The nearest multiple of 1/{@link #DOUBLE_RESOLUTION}; finite values only. */
    public static Fraction fromDouble(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new ArithmeticException("not a finite time: " + x);
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return of((long) x);
        if (Math.abs(x) >= 0x1p40) throw new ArithmeticException("time too large for 2^-20 resolution: " + x);
        return of(Math.round(x * DOUBLE_RESOLUTION), DOUBLE_RESOLUTION);
    }

    /**
     * A user-given number (a speed, a shift) as a fraction: the simplest fraction with a
     * denominator up to 10 000 within 1e-9 (so 0.333333333 reads as 1/3 and 1.5 as 3/2), else
     * {@link #fromDouble}.
     */
    public static Fraction approx(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new ArithmeticException("not a finite number: " + x);
        long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
        double r = x;
        for (int i = 0; i < 40; i++) {
            double a = Math.floor(r);
            if (Math.abs(a) > 1e12) break;
            long ai = (long) a;
            long p2 = ai * p1 + p0, q2 = ai * q1 + q0;
            if (q2 > 10_000) break;
            p0 = p1; q0 = q1; p1 = p2; q1 = q2;
            if (Math.abs(x - (double) p1 / q1) < 1e-9) return of(p1, q1);
            double frac = r - a;
            if (frac == 0) break;
            r = 1 / frac;
        }
        return fromDouble(x);
    }

    /** Parses "3", "-1/4" or a decimal such as "0.25" (exact: 0.25 is 1/4). */
    public static Fraction parse(String s) {
        String t = s.trim();
        int slash = t.indexOf('/');
        if (slash >= 0) return of(Long.parseLong(t.substring(0, slash).trim()), Long.parseLong(t.substring(slash + 1).trim()));
        int dot = t.indexOf('.');
        if (dot < 0) return of(Long.parseLong(t));
        String digits = t.substring(dot + 1);
        long scale = 1;
        for (int i = 0; i < digits.length(); i++) scale = Math.multiplyExact(scale, 10);
        String intPart = t.substring(0, dot);
        boolean negative = intPart.startsWith("-");
        long whole = intPart.isEmpty() || intPart.equals("-") ? 0 : Math.abs(Long.parseLong(intPart));
        long frac = digits.isEmpty() ? 0 : Long.parseLong(digits);
        long n = Math.addExact(Math.multiplyExact(whole, scale), frac);
        return of(negative ? -n : n, scale);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    public long numerator() {
        return num;
    }

    public long denominator() {
        return den;
    }

    public Fraction add(Fraction o) {
        if (o.num == 0) return this;
        if (num == 0) return o;
        long g = gcd(den, o.den);
        long d = Math.multiplyExact(den / g, o.den);
        long n = Math.addExact(Math.multiplyExact(num, o.den / g), Math.multiplyExact(o.num, den / g));
        return of(n, d);
    }

    public Fraction sub(Fraction o) {
        return add(o.negate());
    }

    public Fraction negate() {
        return num == 0 ? this : new Fraction(Math.negateExact(num), den);
    }

    public Fraction mul(Fraction o) {
        long g1 = gcd(Math.abs(num), o.den);
        long g2 = gcd(Math.abs(o.num), den);
        return of(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
    }

    public Fraction div(Fraction o) {
        if (o.num == 0) throw new ArithmeticException("division of a time by zero");
        return mul(new Fraction(o.num < 0 ? -o.den : o.den, Math.abs(o.num)));
    }

    public Fraction mul(long k) {
        return mul(of(k));
    }

    /** The cycle this time falls in ("sam" in Tidal): the greatest integer not above it. */
    public Fraction floor() {
        return of(Math.floorDiv(num, den));
    }

    public long floorLong() {
        return Math.floorDiv(num, den);
    }

    /** The smallest integer not below this time. */
    public Fraction ceil() {
        return of(-Math.floorDiv(-num, den));
    }

    /** Start of the next cycle: floor + 1. */
    public Fraction nextCycle() {
        return of(Math.floorDiv(num, den) + 1);
    }

    /** Position inside the cycle, in [0, 1). */
    public Fraction cyclePos() {
        return sub(floor());
    }

    public boolean isZero() {
        return num == 0;
    }

    public boolean lt(Fraction o) {
        return compareTo(o) < 0;
    }

    public boolean lte(Fraction o) {
        return compareTo(o) <= 0;
    }

    public boolean gt(Fraction o) {
        return compareTo(o) > 0;
    }

    public boolean gte(Fraction o) {
        return compareTo(o) >= 0;
    }

    public static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Fraction max(Fraction a, Fraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public double toDouble() {
        return (double) num / den;
    }

    @Override
    public int compareTo(Fraction o) {
        if (den == o.den) return Long.compare(num, o.num);
        // Compare num/den against o.num/o.den without overflow where possible.
        try {
            return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
        } catch (ArithmeticException e) {
            return Double.compare(toDouble(), o.toDouble());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && f.num == num && f.den == den;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(num) * 31 + Long.hashCode(den);
    }

    /** "3", "-1/4": integers without a denominator. */
    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }
}
