package latente.runtime.model;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InitImageTest {
    @Test
    void aWideGlFrameIsCroppedFlippedAndAveragedToTheModelSize() {
        // 8x4 frame, bottom-up rows: bottom half red, top half blue; a green column band outside the crop.
        int w = 8, h = 4;
        ByteBuffer rgba = ByteBuffer.allocate(w * h * 4);
        for (int row = 0; row < h; row++) {
            for (int x = 0; x < w; x++) {
                int i = (row * w + x) * 4;
                boolean bottom = row < 2;                       // GL row 0 is the bottom
                if (x < 2 || x >= 6) rgba.put(i + 1, (byte) 255);
                else if (bottom) rgba.put(i, (byte) 255);
                else rgba.put(i + 2, (byte) 255);
                rgba.put(i + 3, (byte) 255);
            }
        }
        float[] out = InitImage.fromRgba8(rgba, w, h, true, 2, 2, new float[12]);
        // Centre 4x4 crop, 2x2 model: top row blue, bottom row red, no green.
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0}, out, 1e-6f);
        assertEquals(0, rgba.position());
    }

    @Test
    void averagesBlocksWhenShrinking() {
        ByteBuffer rgba = ByteBuffer.allocate(2 * 2 * 4);
        rgba.put(0, (byte) 255).put(4, (byte) 255);             // top row red, bottom row black
        float[] out = InitImage.fromRgba8(rgba, 2, 2, false, 1, 1, new float[3]);
        assertArrayEquals(new float[] {0.5f, 0, 0}, out, 1e-6f);
    }
}
