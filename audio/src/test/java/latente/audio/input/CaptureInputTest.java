package latente.audio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CaptureInputTest {
    @Test
    void mixesStereoToMonoInSmallReads() throws IOException {
        float[] signal = new float[5000];
        for (int i = 0; i < signal.length; i++) signal[i] = (float) Math.sin(i * 0.01) * 0.5f;
        FakeLine line = new FakeLine(signal, 48000, 2, FakeLine.End.THROW);
        CaptureInput in = new CaptureInput(line);
        assertEquals(48000, in.sampleRate());
        float[] out = new float[4096];
        int n = in.read(out, 0, 4096);
        assertEquals(CaptureInput.MAX_FRAMES, n, "never more than 1024 frames per read");
        assertTrue(line.largestRead <= CaptureInput.MAX_FRAMES);
        for (int i = 0; i < n; i++) assertEquals(signal[i], out[i], 1e-4);
    }

    @Test
    void anUnpluggedDeviceBecomesAnIOException() throws IOException {
        CaptureInput in = new CaptureInput(new FakeLine(new float[10], 44100, 1, FakeLine.End.THROW));
        float[] out = new float[512];
        assertEquals(10, in.read(out, 0, 512));
        IOException e = assertThrows(IOException.class, () -> in.read(out, 0, 512));
        assertTrue(e.getMessage().contains("Fake USB Audio"), e.getMessage());
    }

    @Test
    void aLineThatStallsIsReportedAfterASecond() throws IOException {
        CaptureInput in = new CaptureInput(new FakeLine(new float[0], 44100, 1, FakeLine.End.STALL));
        float[] out = new float[512];
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> {
            while (true) in.read(out, 0, 512);
        });
        assertTrue(e.getMessage().contains("stopped delivering audio"), e.getMessage());
        assertTrue(System.nanoTime() - start >= 900_000_000L);
    }
}
