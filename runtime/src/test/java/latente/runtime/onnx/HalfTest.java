package latente.runtime.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfTest {
    @Test
    void knownValues() {
        assertEquals(0x3C00, Half.fromFloat(1f) & 0xFFFF);
        assertEquals(0xC000, Half.fromFloat(-2f) & 0xFFFF);
        assertEquals(0x7BFF, Half.fromFloat(65504f) & 0xFFFF);       // largest finite half
        assertEquals(0x7C00, Half.fromFloat(65520f) & 0xFFFF);       // halfway above it: rounds to infinity
        assertEquals(0x3555, Half.fromFloat(1f / 3) & 0xFFFF);
        assertEquals(0x0001, Half.fromFloat(0x1p-24f) & 0xFFFF);     // smallest subnormal
        assertEquals(0x0000, Half.fromFloat(0x1p-25f) & 0xFFFF);     // tie between 0 and 2^-24: even
        assertEquals(0x3C00, Half.fromFloat(1f + 0x1p-11f) & 0xFFFF); // tie: stays on even 1.0
        assertEquals(0x3C02, Half.fromFloat(1f + 3 * 0x1p-11f) & 0xFFFF); // tie: up to even
        assertTrue(Float.isNaN(Half.toFloat(Half.fromFloat(Float.NaN))));
        assertEquals(Float.NEGATIVE_INFINITY, Half.toFloat((short) 0xFC00));
        assertEquals(0.099975586f, Half.toFloat(Half.fromFloat(0.1f)));
    }

    @Test
    void everyHalfSurvivesARoundTrip() {
        for (int h = 0; h < 0x10000; h++) {
            float f = Half.toFloat((short) h);
            if (Float.isNaN(f)) continue;
            assertEquals(h, Half.fromFloat(f) & 0xFFFF, "half 0x" + Integer.toHexString(h));
        }
    }

    @Test
    void roundsToTheNearestHalf() {
        java.util.Random r = new java.util.Random(3);
        for (int k = 0; k < 20000; k++) {
            float f = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(9) - 6));
            short h = Half.fromFloat(f);
            float err = Math.abs(Half.toFloat(h) - f);
            // neither neighbour is closer
            float up = Half.toFloat((short) (h + 1));
            float down = Half.toFloat((short) (h - 1));
            assertTrue(!(Math.abs(up - f) < err) && !(Math.abs(down - f) < err), "f=" + f); // NaN neighbours compare false
        }
    }
}
