package latente.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SpectrumTextureTest {
    @Test
    void mapsDecibelsAndSmooths() {
        SpectrumTexture t = new SpectrumTexture();
        assertNull(t.latest(), "nothing before the first hop");
        double[] m = new double[Spectrum.BINS];
        Arrays.fill(m, 0.01);
        t.setSmooth(0.5);
        t.publish(m, 1);
        SpectrumTexture.Frame f = t.latest();
        assertEquals(1, f.sequence);
        assertEquals(0.5f, f.data[7], 1e-4, "-40 dB maps to 0.5");
        assertEquals(0.25f, f.data[SpectrumTexture.WIDTH + 7], 1e-4, "smoothed row moves half way");
    }

    @Test
    void theReaderNeverSeesAHalfWrittenFrame() throws Exception {
        SpectrumTexture t = new SpectrumTexture();
        t.setSmooth(0);
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            double[] m = new double[Spectrum.BINS];
            for (long seq = 1; !stop.get(); seq++) {
                Arrays.fill(m, Math.pow(10, -(seq % 80) / 20.0));
                t.publish(m, seq);
            }
        });
        writer.start();
        long last = 0;
        int checked = 0;
        long end = System.nanoTime() + 60_000_000_000L; // a bound on a hang, not an expectation
        while (checked < 200 && System.nanoTime() < end) {
            SpectrumTexture.Frame f = t.latest();
            if (f == null || f.sequence == last) continue;
            assertTrue(f.sequence >= last, "frames never go back in time");
            last = f.sequence;
            float expected = (float) (1 - (f.sequence % 80) / 80.0);
            for (int i = 0; i < 2 * SpectrumTexture.WIDTH; i++) {
                if (Math.abs(f.data[i] - expected) > 1e-4) throw new AssertionError("texel " + i + " of frame " + f.sequence + " is torn");
            }
            checked++;
        }
        stop.set(true);
        writer.join();
        assertEquals(200, checked, "distinct frames checked");
    }
}
