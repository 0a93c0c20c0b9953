package latente.runtime.pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FractionTest {
    @Test
    void normalizes() {
        assertEquals("1/2", Fraction.of(2, 4).toString());
        assertEquals("1/2", Fraction.of(-1, -2).toString());
        assertEquals("-1/2", Fraction.of(3, -6).toString());
        assertEquals("0", Fraction.of(0, -5).toString());
        assertEquals("3", Fraction.of(6, 2).toString());
    }

    @Test
    void arithmeticIsExact() {
        Fraction third = Fraction.of(1, 3);
        assertEquals(Fraction.ONE, third.add(third).add(third));
        assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).sub(third));
        assertEquals(Fraction.of(2, 9), third.mul(Fraction.of(2, 3)));
        assertEquals(Fraction.of(1, 2), third.div(Fraction.of(2, 3)));
        assertEquals(Fraction.of(-1), Fraction.of(-1, 2).floor());
        assertEquals(Fraction.of(1, 2), Fraction.of(-1, 2).cyclePos());
        assertEquals(Fraction.of(2), Fraction.of(5, 3).ceil());
    }

    @Test
    void parsesAndApproximates() {
        assertEquals(Fraction.of(1, 4), Fraction.parse("0.25"));
        assertEquals(Fraction.of(-3, 2), Fraction.parse("-1.5"));
        assertEquals(Fraction.of(-1, 4), Fraction.parse("-1/4"));
        assertEquals(Fraction.of(1, 3), Fraction.approx(1.0 / 3));
        assertEquals(Fraction.of(3, 2), Fraction.approx(1.5));
        assertEquals(Fraction.of(1, 1 << 20), Fraction.fromDouble(1.0 / (1 << 20)));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        Fraction big = Fraction.of(Long.MAX_VALUE / 2, 1);
        assertThrows(ArithmeticException.class, () -> big.mul(Fraction.of(3)));
        assertThrows(ArithmeticException.class, () -> Fraction.of(1, 0));
    }

    @Test
    void bjorklundTable() {
        assertArrayEquals(bits("10010010"), Euclid.bjorklund(3, 8));
        assertArrayEquals(bits("10110110"), Euclid.bjorklund(5, 8));
        assertArrayEquals(bits("10100"), Euclid.bjorklund(2, 5));
        assertArrayEquals(bits("1110"), Euclid.bjorklund(3, 4));
        assertArrayEquals(bits("1010101"), Euclid.bjorklund(4, 7));
        assertArrayEquals(bits("100101001010"), Euclid.bjorklund(5, 12));
        assertArrayEquals(bits("01101101"), Euclid.bjorklund(-3, 8));
        assertArrayEquals(bits("10100100"), Euclid.rotated(3, 8, 2));
        assertArrayEquals(bits("01001001"), Euclid.rotated(3, 8, 1));
        assertArrayEquals(bits("00100101"), Euclid.rotated(3, 8, -1));
        // As Strudel: a rotation of n steps or more leaves the rhythm as it is.
        assertArrayEquals(bits("10010010"), Euclid.rotated(3, 8, 10));
        assertArrayEquals(bits("10010010"), Euclid.rotated(3, 8, -9));
    }

    private static boolean[] bits(String s) {
        boolean[] b = new boolean[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = s.charAt(i) == '1';
        return b;
    }
}
