package latente.render.hud;

import static org.lwjgl.opengl.GL30.*;

import java.nio.ByteBuffer;
import latente.render.gl.Framebuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * The performer's preview overlay: frames per second, frame time, tempo and beat, and the last
 * error, in our own bitmap font. It is drawn into the window's framebuffer AFTER the final frame
 * was copied there, so it never reaches the final frame that recordings and the audience output
 * read.
 *
 * <p>Thread contract: create, {@link #update} and {@link #draw} on the render thread;
 * {@link #error} from any thread (the eval thread reports, the render thread reads the newest).
 * Steady state allocates nothing: text is formatted into a char array and rasterised into one
 * direct buffer.
 */
public final class PreviewHud implements AutoCloseable {
    static final int COLUMNS = 80;
    static final int LINES = 4;
    /** The stage line: scene, bar, audio meter, model keyframes/s, REC, BLACKOUT. */
    static final int STAGE_LINE = 3;
    private static final int METER = 10;
    private static final int CELL_W = BitmapFont.WIDTH + 1;
    private static final int CELL_H = BitmapFont.HEIGHT + 2;
    private static final int TEX_W = COLUMNS * CELL_W + 2;
    private static final int TEX_H = LINES * CELL_H + 2;

    private final Framebuffer surface = new Framebuffer(TEX_W, TEX_H);
    private final ByteBuffer pixels = MemoryUtil.memAlloc(TEX_W * TEX_H * 4);
    private final char[][] text = new char[LINES][COLUMNS];
    private final int[] length = new int[LINES];
    private volatile String error;
    private double fps;
    private double frameMs;
    private double bpm;
    private double beat;
    private volatile String scene;
    private double bar;
    private boolean recording;
    private boolean blackout;
    private double audioLevel;
    private double keyframesPerSecond;
    private ShowStats stats;

    /** Shows the render scale and the recording's dropped frames from {@code stats} (render thread, once). */
    public void stats(ShowStats stats) {
        this.stats = stats;
    }

    /** Sets the error line (null clears it). Any thread. */
    public void error(String message) {
        error = message;
    }

    /**
     * Feeds one frame's measurements: the time since the previous frame, the time the frame took
     * to draw, and the clock. Frames per second are smoothed over about half a second.
     */
    public void update(double secondsSinceLastFrame, double drawSeconds, double tempoBpm, double beats) {
        if (secondsSinceLastFrame > 0) {
            double instant = 1 / secondsSinceLastFrame;
            fps = fps == 0 ? instant : fps + (instant - fps) * 0.05;
        }
        frameMs = frameMs == 0 ? drawSeconds * 1000 : frameMs + (drawSeconds * 1000 - frameMs) * 0.05;
        bpm = tempoBpm;
        beat = beats;
    }

    /**
     * Feeds the stage line, once per frame on the render thread: the scene last cued (null: none),
     * the bar, whether a recording runs, the program output blacked out, the audio level 0..1 and
     * the model's keyframes per second (NaN: no model stream).
     */
    public void stage(String sceneName, double bars, boolean rec, boolean black, double audio, double keyframes) {
        scene = sceneName;
        bar = bars;
        recording = rec;
        blackout = black;
        audioLevel = audio;
        keyframesPerSecond = keyframes;
    }

    /** Draws the overlay into the top-left of framebuffer {@code fbo} (0 = the window). */
    public void draw(int fbo, int targetWidth, int targetHeight) {
        compose();
        rasterise();
        glBindTexture(GL_TEXTURE_2D, surface.texture());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, TEX_W, TEX_H, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
        int scale = targetWidth >= TEX_W * 2 + 16 ? 2 : 1;
        int x0 = 8, y1 = targetHeight - 8;
        int x1 = Math.min(targetWidth, x0 + TEX_W * scale);
        int y0 = Math.max(0, y1 - TEX_H * scale);
        int srcW = (x1 - x0) / scale;
        int srcY0 = TEX_H - (y1 - y0) / scale;
        glBindFramebuffer(GL_READ_FRAMEBUFFER, surface.fbo());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
        glBlitFramebuffer(0, srcY0, srcW, TEX_H, x0, y0, x0 + srcW * scale, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }

    private void compose() {
        clear(0);
        put(0, "FPS ");
        number(0, fps, 1);
        put(0, "   FRAME ");
        number(0, frameMs, 2);
        put(0, " MS");
        ShowStats st = stats;
        if (st != null) {
            put(0, "   SCALE ");
            number(0, st.scale(), 2);
            put(0, " (");
            number(0, st.renderWidth(), 0);
            put(0, 'X');
            number(0, st.renderHeight(), 0);
            put(0, ')');
        }
        clear(1);
        put(1, "TEMPO ");
        number(1, bpm, 1);
        put(1, " BPM   BEAT ");
        number(1, beat, 1);
        if (st != null) {
            put(1, "   DROPPED ");
            number(1, st.dropped(), 0);
        }
        clear(2);
        String e = error;
        if (e != null) {
            put(2, "ERROR ");
            put(2, e);
        }
        composeStage();
    }

    private void composeStage() {
        clear(STAGE_LINE);
        if (recording) put(STAGE_LINE, "REC ");
        if (blackout) put(STAGE_LINE, "BLACKOUT ");
        put(STAGE_LINE, "SCENE ");
        String s = scene;
        put(STAGE_LINE, s == null ? "-" : s);
        put(STAGE_LINE, "  BAR ");
        number(STAGE_LINE, bar, 0);
        put(STAGE_LINE, "  AUDIO ");
        int filled = (int) Math.round(Math.max(0, Math.min(1, audioLevel)) * METER);
        for (int i = 0; i < METER; i++) put(STAGE_LINE, i < filled ? '#' : '.');
        if (!Double.isNaN(keyframesPerSecond)) {
            put(STAGE_LINE, "  MODEL ");
            number(STAGE_LINE, keyframesPerSecond, 1);
            put(STAGE_LINE, " KF/S");
        }
    }

    private void clear(int line) {
        length[line] = 0;
    }

    private void put(int line, String s) {
        for (int i = 0; i < s.length() && length[line] < COLUMNS; i++) {
            char c = s.charAt(i);
            text[line][length[line]++] = c == '\n' ? ' ' : c;
        }
    }

    private void put(int line, char c) {
        if (length[line] < COLUMNS) text[line][length[line]++] = c;
    }

    /** Writes {@code v} with {@code decimals} digits after the point, without allocating. */
    void number(int line, double v, int decimals) {
        if (!Double.isFinite(v)) {
            put(line, '-');
            return;
        }
        if (v < 0) {
            put(line, '-');
            v = -v;
        }
        long scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1;
        long n = Math.round(Math.min(v, 1e12) * scale);
        long whole = n / scale;
        long frac = n % scale;
        long div = 1;
        while (div * 10 <= whole) div *= 10;
        for (; div > 0; div /= 10) put(line, (char) ('0' + (whole / div) % 10));
        if (decimals > 0) {
            put(line, '.');
            for (long d = scale / 10; d > 0; d /= 10) put(line, (char) ('0' + (frac / d) % 10));
        }
    }

    private void rasterise() {
        for (int i = 0, n = TEX_W * TEX_H; i < n; i++) pixels.putInt(i * 4, 0xFF000000); // opaque black (ABGR little-endian)
        for (int line = 0; line < LINES; line++) {
            int colour = line == 2 ? 0xFF5050FF : 0xFFFFFFFF; // error line in red
            int top = TEX_H - 2 - line * CELL_H; // rows are bottom-up in GL
            for (int col = 0; col < length[line]; col++) {
                int[] g = BitmapFont.glyph(text[line][col]);
                int left = 1 + col * CELL_W;
                for (int row = 0; row < BitmapFont.HEIGHT; row++) {
                    int bits = g[row];
                    int y = top - row;
                    for (int bx = 0; bx < BitmapFont.WIDTH; bx++) {
                        if ((bits & (0x10 >> bx)) != 0) pixels.putInt((y * TEX_W + left + bx) * 4, colour);
                    }
                }
            }
        }
    }

    /** The text of {@code line} as last composed (tests). */
    String line(int line) {
        return new String(text[line], 0, length[line]);
    }

    @Override
    public void close() {
        surface.close();
        MemoryUtil.memFree(pixels);
    }
}
